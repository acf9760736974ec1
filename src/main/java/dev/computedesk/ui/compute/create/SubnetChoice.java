package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.model.Subnet;
import dev.computedesk.azure.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * A subnet to put a compute in, as the VNet picker lists it.
 *
 * @param resourceGroup the virtual network's resource group
 * @param vnetName      the virtual network
 * @param subnetName    the subnet
 * @param id            the subnet's ARM id
 */
public record SubnetChoice(String resourceGroup, String vnetName, String subnetName, String id) {
    /** Every subnet of the subscription's virtual networks (blocking; run it in a task). */
    static List<SubnetChoice> listAll(ResourcePickerClient pickers, String subscriptionId) {
        List<SubnetChoice> choices = new ArrayList<>();
        for (VirtualNetwork vnet : pickers.listVirtualNetworks(subscriptionId)) {
            if (vnet.subnets() == null) {
                continue;
            }
            for (Subnet subnet : vnet.subnets()) {
                choices.add(new SubnetChoice(vnet.resourceGroup(), vnet.name(), subnet.name(), subnet.id()));
            }
        }
        return choices;
    }

    @Override
    public String toString() {
        return vnetName + " / " + subnetName + " (" + resourceGroup + ")";
    }
}

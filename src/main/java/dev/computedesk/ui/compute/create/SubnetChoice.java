package dev.computedesk.ui.compute.create;

/**
 * A subnet to put a compute in, as the VNet picker lists it.
 *
 * @param resourceGroup the virtual network's resource group
 * @param vnetName      the virtual network
 * @param subnetName    the subnet
 * @param id            the subnet's ARM id
 */
public record SubnetChoice(String resourceGroup, String vnetName, String subnetName, String id) {
    @Override
    public String toString() {
        return vnetName + " / " + subnetName + " (" + resourceGroup + ")";
    }
}

package dev.computedesk.azure.yaml;

import dev.computedesk.azure.model.ResourceId;
import dev.computedesk.azure.model.WorkspaceRef;

/** {@code network_settings} (azure-ai-ml's {@code NetworkSettingsSchema}) ↔ ARM's {@code subnet}. */
final class Networks {
    private Networks() {
    }

    /**
     * The subnet: {@code subnet} as a full ARM id, or a subnet name with {@code vnet_name}, which the CLI resolves
     * in the workspace's subscription and resource group ({@code get_subnet_str}); null when absent.
     */
    static ResourceId subnet(YamlFields network, WorkspaceRef workspace) {
        if (network == null) {
            return null;
        }
        String subnet = network.text("subnet");
        String vnet = network.text("vnet_name");
        network.setByAzure("public_ip_address", "private_ip_address");
        if (subnet == null) {
            if (vnet != null) {
                network.problem("network_settings.vnet_name: given without a subnet, so it was not used");
            }
            return null;
        }
        if (subnet.startsWith("/")) {
            return new ResourceId(subnet);
        }
        if (vnet == null || workspace == null) {
            network.problem("network_settings.subnet: '" + subnet + "' is a subnet name without vnet_name; give"
                    + " the subnet's full resource id");
            return null;
        }
        return new ResourceId("/subscriptions/" + workspace.subscriptionId() + "/resourceGroups/"
                + workspace.resourceGroup() + "/providers/Microsoft.Network/virtualNetworks/" + vnet + "/subnets/"
                + subnet);
    }

    static YamlOut write(ResourceId subnet) {
        return subnet == null ? null : new YamlOut().text("subnet", subnet.id());
    }
}

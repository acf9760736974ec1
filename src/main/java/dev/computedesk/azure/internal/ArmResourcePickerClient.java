package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.model.AksClusterSummary;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.ArmResourceSummary;
import dev.computedesk.azure.model.ImageReference;
import dev.computedesk.azure.model.Subnet;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.azure.model.VirtualMachineSummary;
import dev.computedesk.azure.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link ResourcePickerClient} over generic ARM GETs: the providers' own list calls for VNets, VMs (joined with
 * their network interfaces and public IPs), AKS and identities; {@code /resources?$filter=resourceType eq '…'}
 * for Arc, HDInsight, Databricks and Data Lake Analytics.
 */
final class ArmResourcePickerClient implements ResourcePickerClient {
    private final ArmHttp http;

    ArmResourcePickerClient(ArmHttp http) {
        this.http = http;
    }

    private List<JsonNode> listProvider(String subscriptionId, String providerAndType, String apiVersion) {
        return http.listAll(HttpMethod.GET, http.url("/subscriptions/" + ArmHttp.encode(subscriptionId)
                + "/providers/" + providerAndType, apiVersion), "value", n -> n);
    }

    @Override
    public List<VirtualNetwork> listVirtualNetworks(String subscriptionId) {
        List<VirtualNetwork> out = new ArrayList<>();
        for (JsonNode n : listProvider(subscriptionId, "Microsoft.Network/virtualNetworks", ApiVersions.NETWORK)) {
            List<Subnet> subnets = new ArrayList<>();
            for (JsonNode s : n.path("properties").path("subnets")) {
                String prefix = s.path("properties").path("addressPrefix").asText(null);
                if (prefix == null && s.path("properties").path("addressPrefixes").isArray()
                        && s.path("properties").path("addressPrefixes").size() > 0) {
                    prefix = s.path("properties").path("addressPrefixes").get(0).asText();
                }
                subnets.add(new Subnet(text(s, "id"), text(s, "name"), prefix));
            }
            List<String> prefixes = new ArrayList<>();
            n.path("properties").path("addressSpace").path("addressPrefixes").forEach(p -> prefixes.add(p.asText()));
            out.add(new VirtualNetwork(text(n, "id"), text(n, "name"), text(n, "location"),
                    ArmId.parse(text(n, "id")).resourceGroup(), prefixes, subnets));
        }
        return out;
    }

    @Override
    public List<VirtualMachineSummary> listVirtualMachines(String subscriptionId) {
        List<JsonNode> vms = listProvider(subscriptionId, "Microsoft.Compute/virtualMachines", ApiVersions.COMPUTE);
        Map<String, JsonNode> nics = byId(optionalList(subscriptionId, "Microsoft.Network/networkInterfaces"));
        Map<String, JsonNode> ips = byId(optionalList(subscriptionId, "Microsoft.Network/publicIPAddresses"));
        List<VirtualMachineSummary> out = new ArrayList<>();
        for (JsonNode vm : vms) {
            JsonNode p = vm.path("properties");
            JsonNode img = p.path("storageProfile").path("imageReference");
            ImageReference image = img.isObject() ? new ImageReference(text(img, "publisher"), text(img, "offer"),
                    text(img, "sku"), text(img, "version"), text(img, "id")) : null;
            String privateIp = null;
            String publicIp = null;
            for (JsonNode nicRef : p.path("networkProfile").path("networkInterfaces")) {
                JsonNode nic = nics.get(key(text(nicRef, "id")));
                if (nic == null) {
                    continue;
                }
                for (JsonNode cfg : nic.path("properties").path("ipConfigurations")) {
                    JsonNode cp = cfg.path("properties");
                    if (privateIp == null) {
                        privateIp = cp.path("privateIPAddress").asText(null);
                    }
                    JsonNode pipRef = cp.path("publicIPAddress");
                    if (publicIp == null && pipRef.isObject()) {
                        JsonNode pip = ips.get(key(text(pipRef, "id")));
                        publicIp = pip != null ? pip.path("properties").path("ipAddress").asText(null)
                                : pipRef.path("properties").path("ipAddress").asText(null);
                    }
                }
            }
            out.add(new VirtualMachineSummary(text(vm, "id"), text(vm, "name"), text(vm, "location"),
                    ArmId.parse(text(vm, "id")).resourceGroup(), p.path("hardwareProfile").path("vmSize").asText(null),
                    p.path("storageProfile").path("osDisk").path("osType").asText(null), image, publicIp, privateIp,
                    p.path("provisioningState").asText(null)));
        }
        return out;
    }

    private List<JsonNode> optionalList(String subscriptionId, String providerAndType) {
        try {
            return listProvider(subscriptionId, providerAndType, ApiVersions.NETWORK);
        } catch (ArmException e) {
            if (e.httpStatus() == 404 || e.httpStatus() == 403) {
                return List.of();
            }
            throw e;
        }
    }

    @Override
    public List<AksClusterSummary> listAksClusters(String subscriptionId) {
        List<AksClusterSummary> out = new ArrayList<>();
        for (JsonNode n : listProvider(subscriptionId, "Microsoft.ContainerService/managedClusters",
                ApiVersions.CONTAINER_SERVICE)) {
            JsonNode p = n.path("properties");
            Integer count = null;
            String size = null;
            for (JsonNode pool : p.path("agentPoolProfiles")) {
                count = (count == null ? 0 : count) + pool.path("count").asInt(0);
                if (size == null) {
                    size = pool.path("vmSize").asText(null);
                }
            }
            out.add(new AksClusterSummary(text(n, "id"), text(n, "name"), text(n, "location"),
                    ArmId.parse(text(n, "id")).resourceGroup(), p.path("kubernetesVersion").asText(null),
                    p.path("fqdn").asText(null), p.path("provisioningState").asText(null), count, size));
        }
        return out;
    }

    @Override
    public List<ArmResourceSummary> listArcClusters(String subscriptionId) {
        return generic(subscriptionId, "Microsoft.Kubernetes/connectedClusters");
    }

    @Override
    public List<ArmResourceSummary> listHdInsightClusters(String subscriptionId) {
        return generic(subscriptionId, "Microsoft.HDInsight/clusters");
    }

    @Override
    public List<ArmResourceSummary> listDatabricksWorkspaces(String subscriptionId) {
        return generic(subscriptionId, "Microsoft.Databricks/workspaces");
    }

    @Override
    public List<ArmResourceSummary> listDataLakeAnalyticsAccounts(String subscriptionId) {
        return generic(subscriptionId, "Microsoft.DataLakeAnalytics/accounts");
    }

    private List<ArmResourceSummary> generic(String subscriptionId, String resourceType) {
        String url = http.url("/subscriptions/" + ArmHttp.encode(subscriptionId) + "/resources", ApiVersions.RESOURCES,
                "$filter", "resourceType eq '" + resourceType + "'");
        List<ArmResourceSummary> all = http.listAll(url, ArmResourceSummary.class);
        List<ArmResourceSummary> out = new ArrayList<>();
        for (ArmResourceSummary r : all) {
            if (r.type() == null || r.type().equalsIgnoreCase(resourceType)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public List<UserAssignedIdentity> listUserAssignedIdentities(String subscriptionId) {
        List<UserAssignedIdentity> out = new ArrayList<>();
        for (JsonNode n : listProvider(subscriptionId, "Microsoft.ManagedIdentity/userAssignedIdentities",
                ApiVersions.MSI)) {
            JsonNode p = n.path("properties");
            out.add(new UserAssignedIdentity(text(n, "id"), text(n, "name"), text(n, "location"),
                    ArmId.parse(text(n, "id")).resourceGroup(), p.path("principalId").asText(null),
                    p.path("clientId").asText(null), p.path("tenantId").asText(null)));
        }
        return out;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
        Map<String, JsonNode> map = new HashMap<>();
        for (JsonNode n : nodes) {
            String id = text(n, "id");
            if (id != null) {
                map.put(key(id), n);
            }
        }
        return map;
    }

    private static String key(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

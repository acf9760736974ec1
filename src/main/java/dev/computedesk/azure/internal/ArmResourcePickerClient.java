package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.azure.core.management.SubResource;
import com.azure.resourcemanager.compute.fluent.models.VirtualMachineInner;
import com.azure.resourcemanager.compute.models.ImageReference;
import com.azure.resourcemanager.containerservice.fluent.models.ManagedClusterInner;
import com.azure.resourcemanager.containerservice.models.ManagedClusterAgentPoolProfile;
import com.azure.resourcemanager.msi.fluent.models.IdentityInner;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.model.AksClusterSummary;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.ArmResourceSummary;
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
 * {@link ResourcePickerClient}: VMs, AKS clusters and user-assigned identities through the SDK's
 * {@code ComputeManager}, {@code ContainerServiceManager} and {@code MsiManager} (see {@link SdkManagers});
 * VNets, and the network interfaces and public IPs a VM's addresses are read from, through Microsoft.Network's own
 * list calls; {@code /resources?$filter=resourceType eq '…'} for Arc, HDInsight, Databricks and Data Lake
 * Analytics, which have no SDK module (docs/arm.md).
 */
final class ArmResourcePickerClient implements ResourcePickerClient {
    private final ArmHttp http;
    private final SdkManagers sdk;

    ArmResourcePickerClient(ArmHttp http, SdkManagers sdk) {
        this.http = http;
        this.sdk = sdk;
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
        List<VirtualMachineInner> vms = sdk.call(() -> sdk.compute(subscriptionId).serviceClient()
                .getVirtualMachines().list().stream().toList());
        Map<String, JsonNode> nics = byId(optionalList(subscriptionId, "Microsoft.Network/networkInterfaces"));
        Map<String, JsonNode> ips = byId(optionalList(subscriptionId, "Microsoft.Network/publicIPAddresses"));
        List<VirtualMachineSummary> out = new ArrayList<>();
        for (VirtualMachineInner vm : vms) {
            var storage = vm.storageProfile();
            ImageReference img = storage == null ? null : storage.imageReference();
            dev.computedesk.azure.model.ImageReference image = img == null ? null
                    : new dev.computedesk.azure.model.ImageReference(img.publisher(), img.offer(), img.sku(),
                            img.version(), img.id());
            String privateIp = null;
            String publicIp = null;
            List<? extends SubResource> nicRefs = vm.networkProfile() == null
                    || vm.networkProfile().networkInterfaces() == null ? List.of()
                    : vm.networkProfile().networkInterfaces();
            for (SubResource nicRef : nicRefs) {
                JsonNode nic = nics.get(key(nicRef.id()));
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
            out.add(new VirtualMachineSummary(vm.id(), vm.name(), vm.location(), ArmId.parse(vm.id()).resourceGroup(),
                    vm.hardwareProfile() == null || vm.hardwareProfile().vmSize() == null ? null
                            : vm.hardwareProfile().vmSize().toString(),
                    storage == null || storage.osDisk() == null || storage.osDisk().osType() == null ? null
                            : storage.osDisk().osType().toString(),
                    image, publicIp, privateIp, vm.provisioningState()));
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
        List<ManagedClusterInner> clusters = sdk.call(() -> sdk.containerService(subscriptionId).serviceClient()
                .getManagedClusters().list().stream().toList());
        List<AksClusterSummary> out = new ArrayList<>();
        for (ManagedClusterInner c : clusters) {
            Integer count = null;
            String size = null;
            for (ManagedClusterAgentPoolProfile pool : c.agentPoolProfiles() == null
                    ? List.<ManagedClusterAgentPoolProfile>of() : c.agentPoolProfiles()) {
                count = (count == null ? 0 : count) + (pool.count() == null ? 0 : pool.count());
                if (size == null) {
                    size = pool.vmSize();
                }
            }
            out.add(new AksClusterSummary(c.id(), c.name(), c.location(), ArmId.parse(c.id()).resourceGroup(),
                    c.kubernetesVersion(), c.fqdn(), c.provisioningState(), count, size));
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
        List<IdentityInner> identities = sdk.call(() -> sdk.msi(subscriptionId).serviceClient()
                .getUserAssignedIdentities().list().stream().toList());
        List<UserAssignedIdentity> out = new ArrayList<>();
        for (IdentityInner n : identities) {
            out.add(new UserAssignedIdentity(n.id(), n.name(), n.location(), ArmId.parse(n.id()).resourceGroup(),
                    text(n.principalId()), text(n.clientId()), text(n.tenantId())));
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

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

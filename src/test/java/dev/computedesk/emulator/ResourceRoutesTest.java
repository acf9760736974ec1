package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everything but computes: tenants, subscriptions, resource groups, workspaces, VM sizes, usages,
 * quotas, linked services, Synapse, role assignments and the pickers' resources.
 */
class ResourceRoutesTest extends EmulatorTestSupport {
    static final String SUB = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID;
    static final String RG = DemoSeed.resourceGroupId();
    static final String SYN = SUB + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces";
    static final String SYN_V = "api-version=2021-06-01";
    static final String LINK_V = "api-version=2020-09-01-preview";

    static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("value").forEach(v -> names.add(v.path("name").asText()));
        return names;
    }

    @Test
    void tenantsSubscriptionsAndResourceGroups() {
        var tenants = arm.get("/tenants?api-version=2022-12-01");
        assertThat(tenants.status()).isEqualTo(200);
        assertThat(tenants.body().path("value").get(0).path("tenantId").asText()).isEqualTo(DemoSeed.TENANT_ID);
        var subs = arm.get("/subscriptions?api-version=2022-12-01");
        assertThat(subs.body().path("value").get(0).path("displayName").asText()).isEqualTo(DemoSeed.SUBSCRIPTION_NAME);
        assertThat(arm.get(SUB + "?api-version=2022-12-01").body().path("subscriptionId").asText())
                .isEqualTo(DemoSeed.SUBSCRIPTION_ID);
        assertThat(names(arm.get(SUB + "/resourcegroups?api-version=2024-03-01").body()))
                .contains(DemoSeed.RESOURCE_GROUP, "rg-synapse");
        assertThat(arm.get(RG + "?api-version=2024-03-01").body().path("name").asText()).isEqualTo(DemoSeed.RESOURCE_GROUP);
        assertThat(arm.get(SUB + "/resourcegroups/nope?api-version=2024-03-01").status()).isEqualTo(404);
        assertThat(arm.get("/subscriptions").status()).isEqualTo(400);
        assertThat(arm.call("GET", "/tenants?api-version=2022-12-01", null, null).status()).isEqualTo(401);
    }

    @Test
    void workspacesBySubscriptionAndResourceGroupAndGet() {
        String bySub = SUB + "/providers/Microsoft.MachineLearningServices/workspaces";
        assertThat(names(arm.get(ml(bySub)).body())).containsExactlyInAnyOrder(DemoSeed.WORKSPACE, DemoSeed.WORKSPACE_2);
        assertThat(names(arm.get(bySub + "?" + ArmTestClient.ML_OLD).body())).hasSize(2);
        assertThat(names(arm.get(ml(RG + "/providers/Microsoft.MachineLearningServices/workspaces")).body())).hasSize(2);
        var ws = arm.get(ml(DemoSeed.workspaceId(DemoSeed.WORKSPACE)));
        assertThat(ws.body().path("location").asText()).isEqualTo(DemoSeed.LOCATION);
        assertThat(ws.body().path("properties").path("friendlyName").asText()).isNotBlank();
        assertThat(arm.get(ml(DemoSeed.workspaceId("nope"))).status()).isEqualTo(404);
        assertThat(arm.get(DemoSeed.workspaceId(DemoSeed.WORKSPACE) + "?api-version=2018-01-01").status()).isEqualTo(400);
    }

    @Test
    void vmSizesWithPricesAndCpuAndGpuFamilies() {
        var res = arm.get(ml(SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus/vmSizes"));
        assertThat(res.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        boolean gpu = false;
        for (JsonNode s : res.body().path("value")) {
            names.add(s.path("name").asText());
            gpu |= s.path("gpus").asInt() > 0;
            assertThat(s.path("estimatedVMPrices").path("values").size()).isGreaterThan(0);
        }
        assertThat(gpu).isTrue();
        assertThat(names).contains("Standard_D3_v2", "Standard_DS3_v2", "Standard_NC6s_v3");
    }

    @Test
    void usagesAreConsistentWithTheSeededComputesAndQuotasList() {
        JsonNode usages = arm.get(ml(SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus/usages")).body();
        // ci-dana-ssh 4 + ci-dana-stopped 2 + ci-private 2 + ci-sam 2 + ci-for-dana 2 + ci-creating 2 + cpu-cluster 2x4
        assertThat(ComputeApiTest.familyUsage(usages, "Standard_DSv2_Family_Cluster_Dedicated_vCPUs")).isEqualTo(22);
        assertThat(ComputeApiTest.familyUsage(usages, "Total_Cluster_Dedicated_Regional_vCPUs")).isEqualTo(28);
        boolean lowPriorityUnlimited = false;
        for (JsonNode u : usages.path("value")) {
            if (u.path("name").path("value").asText().endsWith("LowPriority_vCPUs")) {
                lowPriorityUnlimited = u.path("limit").asLong() == -1;
            }
        }
        assertThat(lowPriorityUnlimited).isTrue();
        JsonNode quotas = arm.get(ml(SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus/quotas")).body();
        assertThat(quotas.path("value").size()).isGreaterThan(3);
        assertThat(quotas.path("value").get(0).path("type").asText())
                .isEqualTo("Microsoft.MachineLearningServices/vmFamily/quotas");
    }

    @Test
    void linkedServicesListGetPutDelete() {
        String links = DemoSeed.workspaceId(DemoSeed.WORKSPACE) + "/linkedServices";
        assertThat(names(arm.get(links + "?" + LINK_V).body())).containsExactly(DemoSeed.LINKED_SERVICE);
        var one = arm.get(links + "/" + DemoSeed.LINKED_SERVICE + "?" + LINK_V);
        assertThat(one.body().path("identity").path("principalId").asText()).isNotBlank();
        var notOwner = arm.put(links + "/link-team?" + LINK_V, Map.of("name", "link-team", "location", "eastus",
                "identity", Map.of("type", "SystemAssigned"), "properties", Map.of("linkedServiceResourceId",
                        SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR)));
        assertThat(notOwner.status()).as("only the Synapse workspace's Owner may link it").isEqualTo(403);
        assertThat(notOwner.body().path("error").path("code").asText()).isEqualTo("AuthorizationFailed");
        assertThat(notOwner.message()).contains("Owner");
        var created = arm.put(links + "/link-two?" + LINK_V, Map.of("name", "link-two", "location", "eastus",
                "identity", Map.of("type", "SystemAssigned"), "properties", Map.of("linkedServiceResourceId",
                        SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER)));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().path("identity").path("principalId").asText()).hasSize(36);
        assertThat(created.body().path("properties").path("linkType").asText()).isEqualTo("Synapse");
        assertThat(names(arm.get(links + "?" + LINK_V).body())).hasSize(2);
        assertThat(arm.put(links + "/bad?" + LINK_V, Map.of("properties", Map.of())).status()).isEqualTo(400);
        assertThat(arm.delete(links + "/link-two?" + LINK_V).status()).isEqualTo(200);
        assertThat(arm.delete(links + "/link-two?" + LINK_V).status()).isEqualTo(204);
        assertThat(arm.get(links + "/link-two?" + LINK_V).status()).isEqualTo(404);
        assertThat(arm.get(links + "?" + ArmTestClient.ML).status()).isEqualTo(400);
    }

    @Test
    void refusingNewLinksAnswers400WithTheDeprecationMessage() {
        String link = DemoSeed.workspaceId(DemoSeed.WORKSPACE) + "/linkedServices/link-new?" + LINK_V;
        Map<String, Object> body = Map.of("properties", Map.of("linkedServiceResourceId",
                SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER));
        arm.post("/_emulator/settings", Map.of("refuseNewLinks", true));
        var refused = arm.put(link, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("no longer accepted").contains("Spark pools directly");
        emulator.setRefuseNewLinks(false);
        assertThat(arm.put(link, body).status()).isEqualTo(200);
    }

    @Test
    void synapseWorkspacesAndBigDataPools() {
        assertThat(names(arm.get(SUB + "/providers/Microsoft.Synapse/workspaces?" + SYN_V).body()))
                .containsExactlyInAnyOrder(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        assertThat(names(arm.get(SYN + "?" + SYN_V).body())).hasSize(2);
        assertThat(arm.get(SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER + "?" + SYN_V).status()).isEqualTo(200);
        assertThat(names(arm.get(SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER + "/bigDataPools?" + SYN_V).body()))
                .containsExactlyInAnyOrder(DemoSeed.SPARK_POOL_SMALL, DemoSeed.SPARK_POOL_LARGE);
        var pool = arm.get(SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER + "/bigDataPools/" + DemoSeed.SPARK_POOL_LARGE
                + "?" + SYN_V);
        assertThat(pool.body().path("properties").path("nodeSize").asText()).isEqualTo("Large");
        assertThat(arm.get(SYN + "/nope?" + SYN_V).status()).isEqualTo(404);
        assertThat(arm.get(SYN + "?api-version=2019-06-01-preview").status()).isEqualTo(400);
    }

    @Test
    void roleAssignmentsHonourAssignedToWithInheritedScopes() {
        String filter = "&$filter=" + java.net.URLEncoder.encode("assignedTo('" + DemoSeed.USER_OID + "')",
                java.nio.charset.StandardCharsets.UTF_8);
        String owner = SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER;
        String team = SYN + "/" + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR;
        List<String> ownerRoles = roles(arm.get(owner + "/providers/Microsoft.Authorization/roleAssignments"
                + "?api-version=2022-04-01" + filter).body());
        List<String> teamRoles = roles(arm.get(team + "/providers/Microsoft.Authorization/roleAssignments"
                + "?api-version=2022-04-01" + filter).body());
        assertThat(ownerRoles).contains(DemoSeed.OWNER_ROLE_ID, DemoSeed.CONTRIBUTOR_ROLE_ID);
        assertThat(teamRoles).containsExactly(DemoSeed.CONTRIBUTOR_ROLE_ID);
        // Without the filter, other principals' assignments show too.
        assertThat(arm.get(team + "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01").body()
                .path("value").size()).isGreaterThan(teamRoles.size());
        var def = arm.get(SUB + "/providers/Microsoft.Authorization/roleDefinitions/" + DemoSeed.OWNER_ROLE_ID
                + "?api-version=2022-04-01");
        assertThat(def.body().path("properties").path("roleName").asText()).isEqualTo("Owner");
    }

    private static List<String> roles(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("value").forEach(a -> {
            String def = a.path("properties").path("roleDefinitionId").asText();
            ids.add(def.substring(def.lastIndexOf('/') + 1));
        });
        return ids;
    }

    @Test
    void pickersResourcesAreListedAndRead() {
        String v = "?api-version=2024-05-01";
        String[] types = {"Microsoft.Network/virtualNetworks", "Microsoft.Compute/virtualMachines",
                "Microsoft.Network/networkInterfaces", "Microsoft.Network/publicIPAddresses",
                "Microsoft.ContainerService/managedClusters", "Microsoft.Kubernetes/connectedClusters",
                "Microsoft.HDInsight/clusters", "Microsoft.Databricks/workspaces", "Microsoft.DataLakeAnalytics/accounts",
                "Microsoft.ManagedIdentity/userAssignedIdentities"};
        for (String type : types) {
            var list = arm.get(SUB + "/providers/" + type + v);
            assertThat(list.status()).as(type).isEqualTo(200);
            assertThat(list.body().path("value").size()).as(type).isGreaterThan(0);
            String id = list.body().path("value").get(0).path("id").asText();
            assertThat(arm.get(id + v).status()).as(id).isEqualTo(200);
            String generic = SUB + "/resources?api-version=2021-04-01&$filter="
                    + java.net.URLEncoder.encode("resourceType eq '" + type + "'", java.nio.charset.StandardCharsets.UTF_8);
            assertThat(arm.get(generic).body().path("value").size()).as(type).isEqualTo(list.body().path("value").size());
        }
        String vnet = SUB + "/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/" + DemoSeed.VNET;
        assertThat(names(arm.get(vnet + "/subnets" + v).body())).contains(DemoSeed.SUBNET);
        assertThat(arm.get(vnet + "/subnets/" + DemoSeed.SUBNET + v).status()).isEqualTo(200);
        JsonNode vm = arm.get(RG + "/providers/Microsoft.Compute/virtualMachines/" + DemoSeed.VM + v).body();
        assertThat(vm.path("properties").path("storageProfile").path("imageReference").path("offer").asText())
                .isNotBlank();
        assertThat(names(arm.get(RG + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities" + v).body()))
                .contains(DemoSeed.IDENTITY_COMPUTE, DemoSeed.IDENTITY_SYNAPSE);
        assertThat(arm.get(RG + "/providers/Microsoft.Compute/virtualMachines/nope" + v).status()).isEqualTo(404);
        assertThat(arm.get(RG + "/providers/Microsoft.Compute/virtualMachines").status()).isEqualTo(400);
        assertThat(arm.get(RG + "/resources?api-version=2021-04-01").body().path("value").size()).isGreaterThan(5);
    }

    @Test
    void operationStatusOfAnUnknownOperationIs404() {
        assertThat(arm.get(ml(SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus/"
                + "computeOperationsStatus/unknown")).status()).isEqualTo(404);
        assertThat(arm.get(ml(SUB + "/providers/Microsoft.Nothing/else/here")).status()).isEqualTo(404);
    }
}

package dev.computedesk.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every route the emulator serves: 401 without the token, 400 without api-version, success with it. */
class RouteSweepTest extends EmulatorTestSupport {
    static final String SUB = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID;
    static final String RG = DemoSeed.resourceGroupId();
    static final String WS = DemoSeed.workspaceId(DemoSeed.WORKSPACE);
    static final String SYN = SUB + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces/"
            + DemoSeed.SYNAPSE_WORKSPACE_OWNER;
    static final String ML = "2026-07-01";

    /** method, path, api-version, expected success status. */
    static final List<String[]> ROUTES = List.of(
            new String[]{"GET", "/tenants", "2022-12-01", "200"},
            new String[]{"GET", "/subscriptions", "2022-12-01", "200"},
            new String[]{"GET", SUB, "2022-12-01", "200"},
            new String[]{"GET", SUB + "/resourcegroups", "2024-03-01", "200"},
            new String[]{"GET", RG, "2024-03-01", "200"},
            new String[]{"GET", SUB + "/resources", "2021-04-01", "200"},
            new String[]{"GET", RG + "/resources", "2021-04-01", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.MachineLearningServices/workspaces", ML, "200"},
            new String[]{"GET", RG + "/providers/Microsoft.MachineLearningServices/workspaces", ML, "200"},
            new String[]{"GET", WS, ML, "200"},
            new String[]{"GET", WS + "/computes", ML, "200"},
            new String[]{"GET", WS + "/computes/" + DemoSeed.CI_STOPPED, ML, "200"},
            new String[]{"PUT", WS + "/computes/sweep-adf", ML, "201"},
            new String[]{"PATCH", WS + "/computes/" + DemoSeed.CLUSTER_IDLE, ML, "200"},
            new String[]{"POST", WS + "/computes/" + DemoSeed.CI_STOPPED + "/start", ML, "202"},
            new String[]{"POST", WS + "/computes/" + DemoSeed.CI_RUNNING_SSH + "/stop", ML, "202"},
            new String[]{"POST", WS + "/computes/" + DemoSeed.CI_OTHER_USER + "/restart", ML, "202"},
            new String[]{"POST", WS + "/computes/" + DemoSeed.CLUSTER_WITH_NODES + "/listNodes", ML, "200"},
            new String[]{"POST", WS + "/computes/" + DemoSeed.ATTACHED_VM + "/listKeys", ML, "200"},
            new String[]{"DELETE", WS + "/computes/" + DemoSeed.ATTACHED_DATA_LAKE_ANALYTICS + "?underlyingResourceAction=Detach", ML, "202"},
            new String[]{"GET", SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus/vmSizes", ML, "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus/usages", ML, "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus/quotas", ML, "200"},
            new String[]{"GET", WS + "/linkedServices", "2020-09-01-preview", "200"},
            new String[]{"GET", WS + "/linkedServices/" + DemoSeed.LINKED_SERVICE, "2020-09-01-preview", "200"},
            new String[]{"PUT", WS + "/linkedServices/sweep-link", "2020-09-01-preview", "200"},
            new String[]{"DELETE", WS + "/linkedServices/" + DemoSeed.LINKED_SERVICE, "2020-09-01-preview", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.Synapse/workspaces", "2021-06-01", "200"},
            new String[]{"GET", SUB + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces", "2021-06-01", "200"},
            new String[]{"GET", SYN, "2021-06-01", "200"},
            new String[]{"GET", SYN + "/bigDataPools", "2021-06-01", "200"},
            new String[]{"GET", SYN + "/bigDataPools/" + DemoSeed.SPARK_POOL_SMALL, "2021-06-01", "200"},
            new String[]{"GET", SYN + "/providers/Microsoft.Authorization/roleAssignments", "2022-04-01", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.Authorization/roleDefinitions/" + DemoSeed.OWNER_ROLE_ID,
                    "2022-04-01", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.Network/virtualNetworks", "2024-05-01", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.Compute/virtualMachines", "2024-07-01", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.Compute/skus", "2021-07-01", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.ContainerService/managedClusters", "2025-01-01", "200"},
            new String[]{"GET", SUB + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities", "2023-01-31", "200"});

    private static String body(String method, String path) {
        if (path.contains("/linkedServices/")) {
            return "{\"properties\":{\"linkedServiceResourceId\":\"" + SYN + "\"}}";
        }
        if (method.equals("PUT")) {
            return "{\"properties\":{\"computeType\":\"DataFactory\"}}";
        }
        if (method.equals("PATCH")) {
            return "{\"properties\":{\"properties\":{\"scaleSettings\":{\"maxNodeCount\":3}}}}";
        }
        return null;
    }

    private static String withVersion(String path, String version) {
        return path + (path.contains("?") ? "&" : "?") + "api-version=" + version;
    }

    @Test
    void everyRouteAnswers401WithoutTheToken() {
        for (String[] r : ROUTES) {
            var res = arm.call(r[0], withVersion(r[1], r[2]), body(r[0], r[1]), null);
            assertThat(res.status()).as(r[0] + " " + r[1]).isEqualTo(401);
            assertThat(res.code()).isEqualTo("AuthenticationFailed");
        }
    }

    @Test
    void everyRouteNeedsAnApiVersion() {
        for (String[] r : ROUTES) {
            var res = arm.call(r[0], r[1], body(r[0], r[1]), emulator.token());
            assertThat(res.status()).as(r[0] + " " + r[1]).isEqualTo(400);
            assertThat(res.code()).isEqualTo("MissingApiVersionParameter");
        }
    }

    @Test
    void everyRouteSucceedsAndConforms() {
        for (String[] r : ROUTES) {
            var res = arm.call(r[0], withVersion(r[1], r[2]), body(r[0], r[1]), emulator.token());
            assertThat(res.status()).as(r[0] + " " + r[1] + ": " + res.raw()).isEqualTo(Integer.parseInt(r[3]));
        }
    }
}

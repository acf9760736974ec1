package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.computes;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The compute routes: success, paging, LROs, and every refusal the service gives. */
class ComputeApiTest extends EmulatorTestSupport {
    static final String WS = DemoSeed.WORKSPACE;
    static final String WS2 = DemoSeed.WORKSPACE_2;

    static ObjectNode instanceBody(String vmSize) {
        ObjectNode b = ArmTestClient.MAPPER.createObjectNode();
        b.put("location", DemoSeed.LOCATION);
        ObjectNode p = b.putObject("properties");
        p.put("computeType", "ComputeInstance");
        p.putObject("properties").put("vmSize", vmSize);
        return b;
    }

    static ObjectNode clusterBody(String vmSize, int min, int max) {
        ObjectNode b = ArmTestClient.MAPPER.createObjectNode();
        b.put("location", DemoSeed.LOCATION);
        ObjectNode p = b.putObject("properties");
        p.put("computeType", "AmlCompute");
        ObjectNode inner = p.putObject("properties");
        inner.put("vmSize", vmSize);
        ObjectNode scale = inner.putObject("scaleSettings");
        scale.put("minNodeCount", min);
        scale.put("maxNodeCount", max);
        return b;
    }

    static ObjectNode attachBody(String type, String resourceId) {
        ObjectNode b = ArmTestClient.MAPPER.createObjectNode();
        b.put("location", DemoSeed.LOCATION);
        ObjectNode p = b.putObject("properties");
        p.put("computeType", type);
        if (resourceId != null) {
            p.put("resourceId", resourceId);
        }
        return b;
    }

    String state(String ws, String name) {
        JsonNode b = arm.get(ml(compute(ws, name))).body();
        return b.path("properties").path("properties").path("state").asText();
    }

    String provisioning(String ws, String name) {
        return arm.get(ml(compute(ws, name))).body().path("properties").path("provisioningState").asText();
    }

    // ---------------------------------------------------------------- list, get, paging

    @Test
    void listsEveryComputeTypeOfTheDemoWorkspace() {
        var res = arm.get(ml(computes(WS)));
        assertThat(res.status()).isEqualTo(200);
        Set<String> types = new HashSet<>();
        res.body().path("value").forEach(c -> types.add(c.path("properties").path("computeType").asText()));
        assertThat(types).containsExactlyInAnyOrder("ComputeInstance", "AmlCompute", "AKS", "Kubernetes",
                "VirtualMachine", "HDInsight", "Databricks", "DataLakeAnalytics", "SynapseSpark", "DataFactory");
        assertThat(res.body().has("nextLink")).isFalse();
    }

    @Test
    void bothApiVersionsAnswerTheSameShapes() {
        var newer = arm.get(compute(WS, DemoSeed.CI_RUNNING_SSH) + "?" + ArmTestClient.ML);
        var older = arm.get(compute(WS, DemoSeed.CI_RUNNING_SSH) + "?" + ArmTestClient.ML_OLD);
        assertThat(newer.body()).isEqualTo(older.body());
    }

    /** Every name of the workspace's list, page by page through nextLink. */
    private List<String> listedNames(String ws) {
        List<String> names = new ArrayList<>();
        String next = ml(computes(ws));
        while (next != null) {
            var page = arm.get(next);
            assertThat(page.status()).isEqualTo(200);
            page.body().path("value").forEach(c -> names.add(c.path("name").asText()));
            next = page.body().path("nextLink").asText(null);
        }
        return names;
    }

    /**
     * The list keeps the workspace's order between pages (it is not rebuilt per page): a compute created, one whose
     * delete finishes as the clock moves, and a changed state all show in the next list.
     */
    @Test
    void theNextListShowsCreatesFinishedDeletesAndNewStates() {
        for (int i = 0; i < 120; i++) {
            assertThat(arm.put(ml(compute(WS2, "adf" + i + "x")), attachBody("DataFactory", null)).status())
                    .isEqualTo(201);
        }
        List<String> before = listedNames(WS2);
        assertThat(before).contains("adf119x").doesNotContain("late1");

        assertThat(arm.put(ml(compute(WS2, "late1")), attachBody("DataFactory", null)).status()).isEqualTo(201);
        assertThat(listedNames(WS2)).hasSize(before.size() + 1).endsWith("late1");

        String ci = compute(WS, DemoSeed.CI_RUNNING_SSH);
        assertThat(listedNames(WS)).contains(DemoSeed.CI_RUNNING_SSH);
        assertThat(arm.delete(ml(ci) + "&underlyingResourceAction=Delete").status()).isEqualTo(202);
        var listed = arm.get(ml(computes(WS))).body().path("value");
        List<String> states = new ArrayList<>();
        listed.forEach(c -> {
            if (c.path("name").asText().equals(DemoSeed.CI_RUNNING_SSH)) {
                states.add(c.at("/properties/provisioningState").asText());
            }
        });
        assertThat(states).containsExactly("Deleting");
        tick(60);
        assertThat(listedNames(WS)).doesNotContain(DemoSeed.CI_RUNNING_SSH);
    }

    @Test
    void pagesAcrossThreePagesWithAnOpaqueSkipToken() {
        for (int i = 0; i < 230; i++) {
            assertThat(arm.put(ml(compute(WS2, "adf" + i + "x")), attachBody("DataFactory", null)).status())
                    .isEqualTo(201);
        }
        List<String> names = new ArrayList<>();
        String next = ml(computes(WS2));
        int pages = 0;
        while (next != null) {
            var page = arm.get(next);
            assertThat(page.status()).isEqualTo(200);
            page.body().path("value").forEach(c -> names.add(c.path("name").asText()));
            assertThat(page.body().path("value").size()).isLessThanOrEqualTo(100);
            next = page.body().path("nextLink").asText(null);
            if (next != null) {
                assertThat(next).startsWith(emulator.baseUrl().toString()).contains("api-version=2026-07-01")
                        .contains("$skip=").doesNotContain("$skip=100");
            }
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(names).hasSize(231).doesNotHaveDuplicates();
        assertThat(arm.get(ml(computes(WS2)) + "&$skip=garbage!").status()).isEqualTo(400);
    }

    @Test
    void getsOneComputeWithoutItsSecrets() {
        var res = arm.get(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES)));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.raw()).doesNotContain("Demo-Passw0rd!").contains("\"adminUserName\":\"azureuser\"");
        assertThat(arm.get(ml(compute(WS, DemoSeed.ATTACHED_VM))).raw()).doesNotContain("Vm-Passw0rd!");
        assertThat(arm.get(ml(computes(WS))).raw()).doesNotContain("Passw0rd").doesNotContain("dapi0123");
    }

    @Test
    void unknownComputeWorkspaceResourceGroupAndSubscriptionAnswer404() {
        assertThat(arm.get(ml(compute(WS, "nope"))).status()).isEqualTo(404);
        assertThat(arm.get(ml(compute(WS, "nope"))).code()).isEqualTo("ResourceNotFound");
        assertThat(arm.get(ml(computes("no-such-ws"))).status()).isEqualTo(404);
        assertThat(arm.post(ml(compute(WS, "nope") + "/start")).status()).isEqualTo(404);
        assertThat(arm.get(ml("/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/nope/providers/"
                + "Microsoft.MachineLearningServices/workspaces")).code()).isEqualTo("ResourceGroupNotFound");
        assertThat(arm.get(ml("/subscriptions/00000000-0000-0000-0000-000000000000/providers/"
                + "Microsoft.MachineLearningServices/workspaces")).code()).isEqualTo("SubscriptionNotFound");
    }

    @Test
    void withoutTheBearerTokenEveryRouteAnswers401() {
        for (String path : List.of(ml(computes(WS)), ml(compute(WS, DemoSeed.CI_STOPPED)),
                "/subscriptions?api-version=2022-12-01", "/_emulator/settings")) {
            var res = arm.call("GET", path, null, null);
            assertThat(res.status()).isEqualTo(401);
            assertThat(res.code()).isEqualTo("AuthenticationFailed");
            assertThat(res.header("WWW-Authenticate")).isPresent();
        }
        var wrong = arm.call("POST", ml(compute(WS, DemoSeed.CI_STOPPED) + "/start"), null, "not-the-token");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(state(WS, DemoSeed.CI_STOPPED)).isEqualTo("Stopped");
    }

    @Test
    void theTokenIsAnUnsignedJwtOfTheDemoUser() throws Exception {
        String[] parts = emulator.token().split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(parts[2]).isEmpty();
        JsonNode header = ArmTestClient.MAPPER.readTree(java.util.Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = ArmTestClient.MAPPER.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("none");
        assertThat(header.path("typ").asText()).isEqualTo("JWT");
        assertThat(claims.path("oid").asText()).isEqualTo(DemoSeed.USER_OID);
        assertThat(claims.path("tid").asText()).isEqualTo(DemoSeed.TENANT_ID);
        assertThat(claims.path("name").asText()).isEqualTo(DemoSeed.USER_NAME);
    }

    // ---------------------------------------------------------------- create (LRO)

    @Test
    void createRunsToSucceededThroughTheAsyncOperationUrl() {
        var created = arm.put(ml(compute(WS2, "ci-new")), instanceBody("Standard_DS2_v2"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("properties").path("provisioningState").asText()).isEqualTo("Creating");
        String status = created.header("Azure-AsyncOperation").orElseThrow();
        assertThat(status).startsWith(emulator.baseUrl().toString());
        assertThat(created.header("Retry-After")).contains("1");
        assertThat(arm.get(status).body().path("status").asText()).isEqualTo("InProgress");
        assertThat(state(WS2, "ci-new")).isEqualTo("Creating");

        tick(60);
        var done = arm.get(status);
        assertThat(done.body().path("status").asText()).isEqualTo("Succeeded");
        assertThat(done.body().has("endTime")).isTrue();
        assertThat(provisioning(WS2, "ci-new")).isEqualTo("Succeeded");
        assertThat(state(WS2, "ci-new")).isEqualTo("Running");
        JsonNode ci = arm.get(ml(compute(WS2, "ci-new"))).body().path("properties").path("properties");
        assertThat(ci.path("createdBy").path("userId").asText()).isEqualTo(DemoSeed.USER_OID);
    }

    @Test
    void aProvisioningFailureEndsFailedWithErrors() {
        emulator.injectFault(Fault.provisioningFailure("/computes/ci-doomed$", 1));
        var created = arm.put(ml(compute(WS2, "ci-doomed")), instanceBody("Standard_DS2_v2"));
        assertThat(created.status()).isEqualTo(201);
        String status = created.header("Azure-AsyncOperation").orElseThrow();
        tick(60);
        var op = arm.get(status);
        assertThat(op.body().path("status").asText()).isEqualTo("Failed");
        assertThat(op.body().path("error").path("code").asText()).isEqualTo("ProvisioningFailed");
        JsonNode props = arm.get(ml(compute(WS2, "ci-doomed"))).body().path("properties");
        assertThat(props.path("provisioningState").asText()).isEqualTo("Failed");
        assertThat(props.path("provisioningErrors").get(0).path("error").path("message").asText()).isNotBlank();
        assertThat(props.path("properties").path("state").asText()).isEqualTo("CreateFailed");
        // The Location URL of a failed operation answers the error.
        String location = status.replace("computeOperationsStatus", "computeOperationsResults");
        assertThat(arm.get(location).status()).isEqualTo(400);
    }

    @Test
    void theLocationUrlAnswers202ThenTheResource() {
        var created = arm.put(ml(compute(WS2, "cl-new")), clusterBody("Standard_DS2_v2", 0, 2));
        String location = created.header("Azure-AsyncOperation").orElseThrow()
                .replace("computeOperationsStatus", "computeOperationsResults");
        var running = arm.get(location);
        assertThat(running.status()).isEqualTo(202);
        assertThat(running.header("Location")).isPresent();
        tick(60);
        var done = arm.get(location);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().path("name").asText()).isEqualTo("cl-new");
    }

    @Test
    void aClusterWithMinimumNodesScalesThroughResizing() {
        arm.put(ml(compute(WS2, "cl-warm")), clusterBody("Standard_DS2_v2", 2, 4));
        tick(ComputeEngineTimes.CREATE_CLUSTER_S);
        JsonNode inner = arm.get(ml(compute(WS2, "cl-warm"))).body().path("properties").path("properties");
        assertThat(inner.path("allocationState").asText()).isEqualTo("Resizing");
        assertThat(inner.path("targetNodeCount").asInt()).isEqualTo(2);
        assertThat(inner.path("nodeStateCounts").path("preparingNodeCount").asInt()).isEqualTo(2);
        tick(60);
        inner = arm.get(ml(compute(WS2, "cl-warm"))).body().path("properties").path("properties");
        assertThat(inner.path("allocationState").asText()).isEqualTo("Steady");
        assertThat(inner.path("currentNodeCount").asInt()).isEqualTo(2);
        assertThat(inner.path("nodeStateCounts").path("idleNodeCount").asInt()).isEqualTo(2);
        JsonNode nodes = arm.post(ml(compute(WS2, "cl-warm") + "/listNodes")).body().path("nodes");
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).path("port").asInt()).isEqualTo(50000);
        assertThat(nodes.get(1).path("port").asInt()).isEqualTo(50001);
        assertThat(nodes.get(0).path("privateIpAddress").asText()).isNotBlank();
        assertThat(nodes.get(0).path("publicIpAddress").asText()).isNotBlank();
        assertThat(nodes.get(0).path("nodeId").asText()).isNotEqualTo(nodes.get(1).path("nodeId").asText());
    }

    // ---------------------------------------------------------------- PUT on an existing name

    @Test
    void putWithTheSameTypeUpdatesAndAnotherTypeIsAConflict() {
        ObjectNode update = clusterBody("Standard_DS3_v2", 2, 6);
        var res = arm.put(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES)), update);
        // Real ARM answers a same-type PUT 201 "Creating" with only Azure-AsyncOperation (the az ml and azure-ai-ml
        // recordings, docs/arm.md); it was 200 "Updating" here before those recordings were read.
        assertThat(res.status()).isEqualTo(201);
        assertThat(res.body().path("properties").path("provisioningState").asText()).isEqualTo("Creating");
        assertThat(res.header("Azure-AsyncOperation")).isPresent();
        assertThat(res.header("Location")).isEmpty();
        assertThat(arm.get(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES))).body().path("properties")
                .path("provisioningState").asText()).isEqualTo("Updating");
        tick(60);
        assertThat(arm.get(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES))).body().path("properties").path("properties")
                .path("scaleSettings").path("maxNodeCount").asInt()).isEqualTo(6);

        var conflict = arm.put(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES)), instanceBody("Standard_DS2_v2"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("Conflict");
    }

    @Test
    void aksNodeCountChangesByPut() {
        ObjectNode body = attachBody("AKS", null);
        body.withObject("/properties").putObject("properties").put("agentCount", 4);
        var res = arm.put(ml(compute(WS, DemoSeed.AKS_CLUSTER)), body);
        assertThat(res.status()).isEqualTo(201); // as every same-type PUT (see above)
        tick(60);
        JsonNode inner = arm.get(ml(compute(WS, DemoSeed.AKS_CLUSTER))).body().path("properties").path("properties");
        assertThat(inner.path("agentCount").asInt()).isEqualTo(4);
        assertThat(inner.path("agentVmSize").asText()).isEqualTo("Standard_D3_v2");
    }

    // ---------------------------------------------------------------- validation 400s

    @Test
    void theServiceNamePatternIsEnforcedWithItsCodeAndWording() {
        for (String bad : List.of("ab", "1abc", "abc-1", "abc_def", "a234567890123456789012345", "ci-dana-01")) {
            var res = arm.put(ml(compute(WS2, bad)), instanceBody("Standard_DS2_v2"));
            assertThat(res.status()).as(bad).isEqualTo(400);
            assertThat(res.code()).isEqualTo("InvalidResourceName");
            assertThat(res.message()).isEqualTo(ComputeEngine.NAME_MESSAGE);
        }
        // What the service pattern accepts (the stricter form rule is the app's business).
        for (String ok : List.of("abc", "abc-", "a-1b", "A23456789012345678901234")) {
            assertThat(arm.put(ml(compute(WS2, ok)), attachBody("DataFactory", null)).status()).as(ok).isEqualTo(201);
        }
    }

    @Test
    void badBodiesAndMissingApiVersionAnswer400() {
        var unknownType = arm.put(ml(compute(WS2, "weird")), attachBody("Batch", null));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.message()).contains("Batch");
        var malformed = arm.put(ml(compute(WS2, "broken")), "{\"location\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("InvalidRequestContent");
        assertThat(malformed.raw()).doesNotContain("at com.").doesNotContain("Exception");
        assertThat(arm.put(ml(compute(WS2, "empty")), null).status()).isEqualTo(400);
        var noVersion = arm.get(computes(WS));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.code()).isEqualTo("MissingApiVersionParameter");
        assertThat(arm.get(computes(WS) + "?api-version=2019-01-01").status()).isEqualTo(400);
        var noDeleteAction = arm.delete(ml(compute(WS, DemoSeed.CI_STOPPED)));
        assertThat(noDeleteAction.status()).isEqualTo(400);
        var noScale = clusterBody("Standard_DS2_v2", 0, 1);
        ((ObjectNode) noScale.path("properties").path("properties")).remove("scaleSettings");
        assertThat(arm.put(ml(compute(WS2, "noscale")), noScale).status()).isEqualTo(400);
        assertThat(arm.put(ml(compute(WS2, "badsize")), instanceBody("Standard_Nope")).message())
                .contains("Standard_Nope").contains(DemoSeed.LOCATION);
        assertThat(arm.put(ml(compute(WS2, "novm")), attachBody("VirtualMachine", null)).status()).isEqualTo(400);
    }

    @Test
    void anActionTheTypeDoesNotSupportIs400AndTheWrongStateIs409() {
        var startCluster = arm.post(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES) + "/start"));
        assertThat(startCluster.status()).isEqualTo(400);
        assertThat(startCluster.code()).isEqualTo("BadRequest");
        assertThat(arm.post(ml(compute(WS, DemoSeed.ATTACHED_VM) + "/stop")).status()).isEqualTo(400);
        assertThat(arm.patch(ml(compute(WS, DemoSeed.CI_STOPPED)), Map.of("properties", Map.of("properties",
                Map.of("scaleSettings", Map.of("maxNodeCount", 2)))))
                .status()).isEqualTo(400);
        assertThat(arm.delete(ml(compute(WS, DemoSeed.ATTACHED_VM)) + "&underlyingResourceAction=Delete").status())
                .isEqualTo(400);
        assertThat(arm.delete(ml(compute(WS, DemoSeed.CI_STOPPED)) + "&underlyingResourceAction=Detach").status())
                .isEqualTo(400);

        var startRunning = arm.post(ml(compute(WS, DemoSeed.CI_RUNNING_SSH) + "/start"));
        assertThat(startRunning.status()).isEqualTo(409);
        assertThat(startRunning.code()).isEqualTo("Conflict");
        assertThat(startRunning.message()).contains("Running");
        assertThat(arm.post(ml(compute(WS, DemoSeed.CI_STOPPED) + "/stop")).status()).isEqualTo(409);
        assertThat(arm.post(ml(compute(WS, DemoSeed.CI_STOPPED) + "/restart")).status()).isEqualTo(409);
        assertThat(arm.delete(ml(compute(WS, DemoSeed.CI_CREATING)) + "&underlyingResourceAction=Delete").status())
                .isEqualTo(409);
    }

    @Test
    void listNodesOnAComputeInstanceAnswersTheServiceMessage() {
        var res = arm.post(ml(compute(WS, DemoSeed.CI_RUNNING_SSH) + "/listNodes"));
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.message()).isEqualTo("ComputeListNodes with computeType ComputeInstance is not supported");
    }

    @Test
    void aNameTakenInAnotherWorkspaceOfTheRegionIsRefused() {
        var res = arm.put(ml(compute(WS2, DemoSeed.CI_RUNNING_SSH)), instanceBody("Standard_DS2_v2"));
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.message()).isEqualTo("Compute name '" + DemoSeed.CI_RUNNING_SSH
                + "' is not available. Reason: AlreadyExists.");
    }

    @Test
    void aksCreateUnderTwelveVcpusIsRefusedAfterDefaultsAreFilled() {
        assertThat(arm.put(ml(compute(WS2, "aks-min")), attachBody("AKS", null)).status()).isEqualTo(201);
        ObjectNode small = attachBody("AKS", null);
        small.withObject("/properties").putObject("properties").put("agentCount", 2);
        var res = arm.put(ml(compute(WS2, "aks-small")), small);
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.message()).contains("12 vCPUs");
        ObjectNode devTest = attachBody("AKS", null);
        ObjectNode inner = devTest.withObject("/properties").putObject("properties");
        inner.put("agentCount", 1);
        inner.put("agentVmSize", "Standard_D4_v2");
        assertThat(arm.put(ml(compute(WS2, "aks-dev")), devTest).status()).isEqualTo(400);
        inner.put("agentCount", 2);
        inner.put("clusterPurpose", "DevTest");
        assertThat(arm.put(ml(compute(WS2, "aks-dev")), devTest).status()).isEqualTo(201);
        ObjectNode unknownSize = attachBody("AKS", null);
        unknownSize.withObject("/properties").putObject("properties").put("agentVmSize", "Standard_Z9");
        assertThat(arm.put(ml(compute(WS2, "aks-odd")), unknownSize).message()).contains("Standard_Z9").contains("eastus");
    }

    @Test
    void quotaIsEnforcedAtCreateAndUsagesFollowAllocations() {
        String usages = ml("/subscriptions/" + DemoSeed.SUBSCRIPTION_ID
                + "/providers/Microsoft.MachineLearningServices/locations/eastus/usages");
        long before = familyUsage(arm.get(usages).body(), "Standard_NCSv3_Family_Cluster_Dedicated_vCPUs");
        assertThat(before).isEqualTo(6);
        var tooBig = arm.put(ml(compute(WS2, "gpu-big")), clusterBody("Standard_NC12s_v3", 1, 2));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.code()).isEqualTo("QuotaExceeded");
        assertThat(tooBig.message()).contains("12").contains("6");
        assertThat(arm.put(ml(compute(WS2, "gpu-fit")), instanceBody("Standard_NC6s_v3")).status()).isEqualTo(201);
        assertThat(familyUsage(arm.get(usages).body(), "Standard_NCSv3_Family_Cluster_Dedicated_vCPUs")).isEqualTo(12);
        tick(60);
        arm.delete(ml(compute(WS2, "gpu-fit")) + "&underlyingResourceAction=Delete");
        tick(60);
        assertThat(familyUsage(arm.get(usages).body(), "Standard_NCSv3_Family_Cluster_Dedicated_vCPUs")).isEqualTo(6);
    }

    static long familyUsage(JsonNode usages, String name) {
        for (JsonNode u : usages.path("value")) {
            if (u.path("name").path("value").asText().equals(name)) {
                return u.path("currentValue").asLong();
            }
        }
        throw new AssertionError("no usage " + name);
    }

    // ---------------------------------------------------------------- actions

    @Test
    void stopStartRestartAndDeleteMoveThroughTheirStates() {
        String ci = compute(WS, DemoSeed.CI_RUNNING_SSH);
        var stop = arm.post(ml(ci + "/stop"));
        assertThat(stop.status()).isEqualTo(202);
        assertThat(stop.header("Location")).isPresent();
        assertThat(stop.header("Azure-AsyncOperation").orElseThrow()).startsWith(emulator.baseUrl().toString());
        assertThat(stop.header("Retry-After")).isPresent();
        assertThat(state(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopping");
        tick(60);
        assertThat(state(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Stopped");
        assertThat(arm.get(stop.header("Location").orElseThrow()).status()).isEqualTo(204);

        assertThat(arm.post(ml(ci + "/start")).status()).isEqualTo(202);
        assertThat(state(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Starting");
        tick(60);
        assertThat(state(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Running");

        assertThat(arm.post(ml(ci + "/restart")).status()).isEqualTo(202);
        assertThat(state(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Restarting");
        tick(60);
        assertThat(state(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Running");

        var delete = arm.delete(ml(ci) + "&underlyingResourceAction=Delete");
        assertThat(delete.status()).isEqualTo(202);
        assertThat(provisioning(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Deleting");
        assertThat(state(WS, DemoSeed.CI_RUNNING_SSH)).isEqualTo("Deleting");
        tick(60);
        assertThat(arm.get(ml(ci)).status()).isEqualTo(404);
        assertThat(arm.get(delete.header("Azure-AsyncOperation").orElseThrow()).body().path("status").asText())
                .isEqualTo("Succeeded");
        assertThat(arm.delete(ml(ci) + "&underlyingResourceAction=Delete").status()).isEqualTo(204);
    }

    @Test
    void attachingExistingResourcesFillsTheirProperties() {
        String sub = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID;
        String aksId = DemoSeed.resourceGroupId() + "/providers/Microsoft.ContainerService/managedClusters/"
                + DemoSeed.AKS_RESOURCE;
        assertThat(arm.put(ml(compute(WS2, "aks-existing")), attachBody("AKS", aksId)).status()).isEqualTo(201);
        String poolId = sub + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces/"
                + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR + "/bigDataPools/" + DemoSeed.SPARK_POOL_TEAM;
        ObjectNode spark = attachBody("SynapseSpark", poolId);
        ObjectNode identity = spark.putObject("identity");
        identity.put("type", "UserAssigned");
        identity.putObject("userAssignedIdentities").putObject(DemoSeed.resourceGroupId()
                + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + DemoSeed.IDENTITY_SYNAPSE);
        assertThat(arm.put(ml(compute(WS2, "team-spark")), spark).status()).isEqualTo(201);
        assertThat(arm.put(ml(compute(WS2, "bad-spark")), attachBody("SynapseSpark",
                DemoSeed.resourceGroupId() + "/providers/Microsoft.Compute/virtualMachines/" + DemoSeed.VM)).status())
                .isEqualTo(400);
        tick(60);
        JsonNode aks = arm.get(ml(compute(WS2, "aks-existing"))).body().path("properties");
        assertThat(aks.path("isAttachedCompute").asBoolean()).isTrue();
        assertThat(aks.path("properties").path("agentCount").asInt()).isEqualTo(3);
        assertThat(aks.path("provisioningState").asText()).isEqualTo("Succeeded");
        // An attached AKS cluster is detached, never deleted.
        assertThat(arm.delete(ml(compute(WS2, "aks-existing")) + "&underlyingResourceAction=Delete").status())
                .isEqualTo(400);
        JsonNode pool = arm.get(ml(compute(WS2, "team-spark"))).body();
        assertThat(pool.at("/properties/properties/poolName").asText()).isEqualTo(DemoSeed.SPARK_POOL_TEAM);
        assertThat(pool.at("/properties/properties/nodeSize").asText()).isEqualTo("Medium");
        assertThat(pool.at("/identity/type").asText()).isEqualTo("UserAssigned");
        assertThat(pool.at("/identity/userAssignedIdentities").elements().next().path("clientId").asText()).hasSize(36);
    }

    @Test
    void aDeleteDuringARestartCancelsTheRestartOperation() {
        String ci = compute(WS, DemoSeed.CI_OTHER_USER);
        String restart = arm.post(ml(ci + "/restart")).header("Azure-AsyncOperation").orElseThrow();
        assertThat(arm.delete(ml(ci) + "&underlyingResourceAction=Delete").status()).isEqualTo(202);
        var op = arm.get(restart).body();
        assertThat(op.path("status").asText()).isEqualTo("Canceled");
        assertThat(op.path("error").path("code").asText()).isEqualTo("Canceled");
        tick(60);
        assertThat(arm.get(ml(ci)).status()).isEqualTo(404);
    }

    @Test
    void detachRemovesAttachedComputes() {
        var res = arm.delete(ml(compute(WS, DemoSeed.ATTACHED_SYNAPSE_SPARK)) + "&underlyingResourceAction=Detach");
        assertThat(res.status()).isEqualTo(202);
        tick(60);
        assertThat(arm.get(ml(compute(WS, DemoSeed.ATTACHED_SYNAPSE_SPARK))).status()).isEqualTo(404);
        assertThat(arm.delete(ml(compute(WS, DemoSeed.AKS_CLUSTER)) + "&underlyingResourceAction=Detach").status())
                .isEqualTo(202);
    }

    @Test
    void patchScalesAClusterAndOnlyScaleSettings() {
        var res = arm.patch(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES)), Map.of("properties", Map.of("properties",
                Map.of("scaleSettings", Map.of("maxNodeCount", 4, "minNodeCount", 3, "nodeIdleTimeBeforeScaleDown", "PT5M")))));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.header("Azure-AsyncOperation")).isPresent();
        assertThat(res.header("Location")).isPresent();
        tick(ComputeEngineTimes.UPDATE_S);
        JsonNode inner = arm.get(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES))).body().path("properties").path("properties");
        assertThat(inner.path("allocationState").asText()).isEqualTo("Resizing");
        assertThat(inner.path("targetNodeCount").asInt()).isEqualTo(3);
        tick(60);
        inner = arm.get(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES))).body().path("properties").path("properties");
        assertThat(inner.path("currentNodeCount").asInt()).isEqualTo(3);
        assertThat(inner.path("allocationState").asText()).isEqualTo("Steady");
        assertThat(arm.patch(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES)), Map.of("properties",
                Map.of("properties", Map.of("vmSize", "Standard_DS4_v2")))).status()).isEqualTo(400);
        assertThat(arm.patch(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES)), Map.of("properties", Map.of("properties",
                Map.of("scaleSettings", Map.of("maxNodeCount", 1, "minNodeCount", 3))))).status()).isEqualTo(400);
    }

    @Test
    void listKeysReturnsTheSecretsGetNeverShows() {
        JsonNode vm = arm.post(ml(compute(WS, DemoSeed.ATTACHED_VM) + "/listKeys")).body();
        assertThat(vm.path("computeType").asText()).isEqualTo("VirtualMachine");
        assertThat(vm.path("administratorAccount").path("password").asText()).isEqualTo("Vm-Passw0rd!");
        JsonNode aks = arm.post(ml(compute(WS, DemoSeed.AKS_CLUSTER) + "/listKeys")).body();
        assertThat(aks.path("userKubeConfig").asText()).contains("apiVersion: v1");
        assertThat(aks.path("adminKubeConfig").asText()).contains("clusterAdmin");
        JsonNode dbx = arm.post(ml(compute(WS, DemoSeed.ATTACHED_DATABRICKS) + "/listKeys")).body();
        assertThat(dbx.path("databricksAccessToken").asText()).startsWith("dapi");
        assertThat(arm.get(ml(compute(WS, DemoSeed.ATTACHED_DATABRICKS) + "/listKeys")).status()).isEqualTo(405);
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void concurrentWritesOnOneResourceOneWinsTheOtherGets409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<Integer> create = () -> {
                go.await();
                return new ArmTestClient(emulator).put(ml(compute(WS2, "race")), instanceBody("Standard_DS2_v2")).status();
            };
            Future<Integer> a = pool.submit(create);
            Future<Integer> b = pool.submit(create);
            go.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 409);

            tick(60);
            Callable<Integer> stop = () -> new ArmTestClient(emulator).post(ml(compute(WS2, "race") + "/stop")).status();
            Future<Integer> c = pool.submit(stop);
            Future<Integer> d = pool.submit(stop);
            assertThat(List.of(c.get(), d.get())).containsExactlyInAnyOrder(202, 409);
            assertThat(arm.put(ml(compute(WS2, "race")), instanceBody("Standard_DS2_v2")).status()).isEqualTo(409);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- nodes

    @Test
    void listNodesPagesWithNextLinkForGetAndPost() throws Exception {
        try (Emulator large = Emulator.start(config().withSeed(Seed.LARGE))) {
            ArmTestClient client = new ArmTestClient(large);
            Set<String> ids = new HashSet<>();
            Set<Integer> ports = new HashSet<>();
            String next = ml(compute(DemoSeed.LARGE_WORKSPACE, DemoSeed.LARGE_CLUSTER) + "/listNodes");
            int pages = 0;
            while (next != null) {
                // The first page by POST (the spec's verb), then alternate GET and POST on nextLink.
                var page = pages % 2 == 0 ? client.post(next) : client.get(next);
                assertThat(page.status()).isEqualTo(200);
                page.body().path("nodes").forEach(n -> {
                    ids.add(n.path("nodeId").asText());
                    ports.add(n.path("port").asInt());
                });
                next = page.body().path("nextLink").asText(null);
                if (next != null) {
                    assertThat(next).startsWith(large.baseUrl().toString());
                }
                pages++;
            }
            assertThat(pages).isEqualTo(10);
            assertThat(ids).hasSize(DemoSeed.LARGE_NODE_COUNT);
            assertThat(ports).hasSize(DemoSeed.LARGE_NODE_COUNT).allMatch(p -> p >= 50000);
        }
    }

    /** The engine's durations in seconds, for ticks that stop exactly at a boundary. */
    static final class ComputeEngineTimes {
        static final int CREATE_CLUSTER_S = (int) (ComputeEngine.CREATE_CLUSTER_MS / 1000);
        static final int UPDATE_S = (int) (ComputeEngine.UPDATE_MS / 1000);
    }
}

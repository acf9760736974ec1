package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edits of existing computes (docs/arm.md "Editing a compute"): the scale PATCH, same-type PUTs (identity, AKS
 * node count), the preview {@code updateIdleShutdownSetting}, custom applications at create, the SSH public keys a
 * subscription holds, and each refusal: a state that does not allow the edit answers 409 naming the state.
 */
class ComputeEditTest extends EmulatorTestSupport {
    static final String WS = DemoSeed.WORKSPACE;
    static final String IDLE_PREVIEW = "api-version=2025-07-01-preview";

    private JsonNode get(String name) {
        return arm.get(ml(compute(WS, name))).body();
    }

    private static Map<String, Object> scale(int min, int max, String idle) {
        return Map.of("properties", Map.of("properties", Map.of("scaleSettings",
                Map.of("minNodeCount", min, "maxNodeCount", max, "nodeIdleTimeBeforeScaleDown", idle))));
    }

    private String idleUrl(String name, String apiVersion) {
        return compute(WS, name) + "/updateIdleShutdownSetting?" + apiVersion;
    }

    // ---------------------------------------------------------------- scale PATCH

    @Test
    void aPatchShowsUpdatingThenTheClusterResizesToItsNewMinimum() {
        var res = arm.patch(ml(compute(WS, DemoSeed.CLUSTER_IDLE)), scale(1, 5, "PT10M"));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().at("/properties/provisioningState").asText()).isEqualTo("Updating");
        assertThat(res.header("Azure-AsyncOperation")).isPresent();
        assertThat(res.header("Location")).isPresent();
        assertThat(get(DemoSeed.CLUSTER_IDLE).at("/properties/provisioningState").asText()).isEqualTo("Updating");

        tick(ComputeApiTest.ComputeEngineTimes.UPDATE_S);
        JsonNode cluster = get(DemoSeed.CLUSTER_IDLE);
        assertThat(cluster.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        JsonNode inner = cluster.at("/properties/properties");
        assertThat(inner.at("/scaleSettings/maxNodeCount").asInt()).isEqualTo(5);
        assertThat(inner.at("/scaleSettings/nodeIdleTimeBeforeScaleDown").asText()).isEqualTo("PT10M");
        assertThat(inner.path("allocationState").asText()).isEqualTo("Resizing");
        assertThat(inner.path("targetNodeCount").asInt()).isEqualTo(1);
        tick(60);
        inner = get(DemoSeed.CLUSTER_IDLE).at("/properties/properties");
        assertThat(inner.path("allocationState").asText()).isEqualTo("Steady");
        assertThat(inner.path("currentNodeCount").asInt()).isEqualTo(1);
    }

    @Test
    void aPatchWhileTheClusterIsUpdatingOrCreatingIs409NamingTheState() {
        assertThat(arm.patch(ml(compute(WS, DemoSeed.CLUSTER_IDLE)), scale(0, 3, "PT2M")).status()).isEqualTo(200);
        var again = arm.patch(ml(compute(WS, DemoSeed.CLUSTER_IDLE)), scale(0, 4, "PT2M"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("Conflict");
        assertThat(again.message()).contains("'Updating'");

        arm.put(ml(compute(DemoSeed.WORKSPACE_2, "fresh-cluster")), ComputeApiTest.clusterBody("Standard_DS2_v2", 0, 2));
        var creating = arm.patch(ml(compute(DemoSeed.WORKSPACE_2, "fresh-cluster")), scale(0, 4, "PT2M"));
        assertThat(creating.status()).isEqualTo(409);
        assertThat(creating.message()).contains("'Creating'");
        // Nothing changed by the refusals.
        tick(60);
        assertThat(get(DemoSeed.CLUSTER_IDLE).at("/properties/properties/scaleSettings/maxNodeCount").asInt())
                .isEqualTo(3);
    }

    @Test
    void aPatchThatBreaksTheQuotaIsRefusedAndChangesNothing() {
        // The demo GPU cluster is low priority; its regional low-priority quota is finite.
        var res = arm.patch(ml(compute(WS, DemoSeed.CLUSTER_IDLE)), scale(5000, 5000, "PT2M"));
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.code()).isEqualTo("QuotaExceeded");
        assertThat(get(DemoSeed.CLUSTER_IDLE).at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
    }

    // ---------------------------------------------------------------- same-type PUT: identity, AKS node count

    @Test
    void aClusterIdentityChangesByPutWithItsCurrentBody() {
        JsonNode current = get(DemoSeed.CLUSTER_WITH_NODES);
        ObjectNode body = ArmTestClient.MAPPER.createObjectNode();
        body.put("location", current.path("location").asText());
        ObjectNode props = body.putObject("properties");
        props.put("computeType", "AmlCompute");
        props.set("properties", current.at("/properties/properties").deepCopy());
        String uai = DemoSeed.resourceGroupId() + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                + DemoSeed.IDENTITY_COMPUTE;
        ObjectNode identity = body.putObject("identity");
        identity.put("type", "UserAssigned");
        identity.putObject("userAssignedIdentities").putObject(uai);

        var res = arm.put(ml(compute(WS, DemoSeed.CLUSTER_WITH_NODES)), body);
        assertThat(res.status()).isEqualTo(201);
        assertThat(res.body().at("/properties/provisioningState").asText()).isEqualTo("Creating");
        assertThat(get(DemoSeed.CLUSTER_WITH_NODES).at("/properties/provisioningState").asText()).isEqualTo("Updating");
        tick(ComputeApiTest.ComputeEngineTimes.UPDATE_S);
        JsonNode after = get(DemoSeed.CLUSTER_WITH_NODES);
        assertThat(after.at("/identity/type").asText()).isEqualTo("UserAssigned");
        assertThat(after.at("/identity/userAssignedIdentities").has(uai)).isTrue();
        assertThat(after.at("/properties/properties/scaleSettings")).isEqualTo(current.at("/properties/properties/scaleSettings"));
    }

    @Test
    void bothIdentityKindsAtOnceAreRefusedForAClusterOrAnInstance() {
        for (String name : List.of(DemoSeed.CLUSTER_WITH_NODES, DemoSeed.CI_STOPPED)) {
            JsonNode current = get(name);
            ObjectNode body = ArmTestClient.MAPPER.createObjectNode();
            body.put("location", DemoSeed.LOCATION);
            body.putObject("properties").put("computeType", current.at("/properties/computeType").asText());
            ObjectNode identity = body.putObject("identity");
            identity.put("type", "SystemAssigned,UserAssigned");
            identity.putObject("userAssignedIdentities").putObject(DemoSeed.resourceGroupId()
                    + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + DemoSeed.IDENTITY_COMPUTE);
            var res = arm.put(ml(compute(WS, name)), body);
            assertThat(res.status()).as(name).isEqualTo(400);
            assertThat(res.message()).contains("identity.type");
        }
    }

    @Test
    void anInstanceIdentityChangesByPutButItsSchedulesAndIdleTimeDoNot() {
        ObjectNode body = ArmTestClient.MAPPER.createObjectNode();
        body.put("location", DemoSeed.LOCATION);
        ObjectNode props = body.putObject("properties");
        props.put("computeType", "ComputeInstance");
        ObjectNode inner = props.putObject("properties");
        inner.put("vmSize", get(DemoSeed.CI_STOPPED).at("/properties/properties/vmSize").asText());
        inner.put("idleTimeBeforeShutdown", "PT45M");
        body.putObject("identity").put("type", "SystemAssigned");
        String before = get(DemoSeed.CI_STOPPED).at("/properties/properties/idleTimeBeforeShutdown").asText(null);

        var res = arm.put(ml(compute(WS, DemoSeed.CI_STOPPED)), body);
        assertThat(res.status()).isEqualTo(201);
        tick(ComputeApiTest.ComputeEngineTimes.UPDATE_S);
        JsonNode after = get(DemoSeed.CI_STOPPED);
        assertThat(after.at("/identity/type").asText()).isEqualTo("SystemAssigned");
        assertThat(after.at("/identity/principalId").asText()).isNotBlank();
        // A PUT does not change an existing instance's idle time (only updateIdleShutdownSetting does).
        assertThat(after.at("/properties/properties/idleTimeBeforeShutdown").asText(null)).isEqualTo(before);

        inner.putObject("schedules").putArray("computeStartStop");
        var schedules = arm.put(ml(compute(WS, DemoSeed.CI_STOPPED)), body);
        assertThat(schedules.status()).isEqualTo(400);
        assertThat(schedules.message()).contains("properties.properties.schedules");
    }

    @Test
    void anInstanceBeingStartedCannotBeUpdatedAndNothingChanges() {
        assertThat(arm.post(ml(compute(WS, DemoSeed.CI_STOPPED) + "/start")).status()).isEqualTo(202);
        ObjectNode body = ComputeApiTest.instanceBody("Standard_DS2_v2");
        body.put("description", "changed");
        body.putObject("identity").put("type", "SystemAssigned");
        var res = arm.put(ml(compute(WS, DemoSeed.CI_STOPPED)), body);
        assertThat(res.status()).isEqualTo(409);
        assertThat(res.message()).contains("'Starting'");
        JsonNode after = get(DemoSeed.CI_STOPPED);
        assertThat(after.has("identity")).isFalse();
        assertThat(after.at("/properties/description").asText(null)).isNotEqualTo("changed");
    }

    @Test
    void aRefusedUpdateLeavesTheDescriptionAsItWas() {
        ObjectNode body = ComputeApiTest.attachBody("AKS", null);
        body.with("properties").put("description", "bigger");
        body.with("properties").putObject("properties").put("agentCount", 1);
        assertThat(arm.put(ml(compute(WS, DemoSeed.AKS_CLUSTER)), body).status()).isEqualTo(400);
        assertThat(get(DemoSeed.AKS_CLUSTER).at("/properties/description").asText(null)).isNotEqualTo("bigger");
    }

    @Test
    void anInstanceBeingCreatedCannotBeUpdated() {
        var res = arm.put(ml(compute(WS, DemoSeed.CI_CREATING)), ComputeApiTest.instanceBody("Standard_DS2_v2"));
        assertThat(res.status()).isEqualTo(409);
        assertThat(res.message()).contains("'Creating'");
    }

    @Test
    void theAksNodeCountKeepsTwelveVcpusAndShowsUpdatingMeanwhile() {
        ObjectNode body = ComputeApiTest.attachBody("AKS", get(DemoSeed.AKS_CLUSTER).at("/properties/resourceId").asText());
        ObjectNode inner = ((ObjectNode) body.get("properties")).putObject("properties");
        inner.put("agentCount", 2);
        var tooSmall = arm.put(ml(compute(WS, DemoSeed.AKS_CLUSTER)), body);
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.message()).contains("12 vCPUs").contains("gives 8");

        inner.put("agentCount", 5);
        assertThat(arm.put(ml(compute(WS, DemoSeed.AKS_CLUSTER)), body).status()).isEqualTo(201);
        assertThat(get(DemoSeed.AKS_CLUSTER).at("/properties/provisioningState").asText()).isEqualTo("Updating");
        var meanwhile = arm.put(ml(compute(WS, DemoSeed.AKS_CLUSTER)), body);
        assertThat(meanwhile.status()).isEqualTo(409);
        assertThat(meanwhile.message()).contains("'Updating'");
        tick(ComputeApiTest.ComputeEngineTimes.UPDATE_S);
        JsonNode after = get(DemoSeed.AKS_CLUSTER);
        assertThat(after.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(after.at("/properties/properties/agentCount").asInt()).isEqualTo(5);
    }

    // ---------------------------------------------------------------- updateIdleShutdownSetting (preview)

    @Test
    void theIdleShutdownSettingChangesAtOnceWithThePreviewVersion() {
        var res = arm.post(idleUrl(DemoSeed.CI_RUNNING_SSH, IDLE_PREVIEW), Map.of("idleTimeBeforeShutdown", "PT30M"));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.raw()).isEmpty();
        assertThat(get(DemoSeed.CI_RUNNING_SSH).at("/properties/properties/idleTimeBeforeShutdown").asText())
                .isEqualTo("PT30M");
        // Microsoft's example kept in the 2025-12-01 folder, as it is.
        assertThat(arm.post(idleUrl(DemoSeed.CI_STOPPED, "api-version=2025-12-01"),
                Map.of("idleTimeBeforeShutdown", "PT120M")).status()).isEqualTo(200);
        assertThat(get(DemoSeed.CI_STOPPED).at("/properties/properties/idleTimeBeforeShutdown").asText())
                .isEqualTo("PT120M");
    }

    @Test
    void theIdleShutdownSettingRefusesWhatTheServiceRefuses() {
        var stable = arm.post(idleUrl(DemoSeed.CI_RUNNING_SSH, ArmTestClient.ML), Map.of("idleTimeBeforeShutdown", "PT30M"));
        assertThat(stable.status()).isEqualTo(400);
        assertThat(stable.message()).contains("2025-07-01-preview");
        for (Object bad : List.of("PT10M", "P4D", "30 minutes", 30)) {
            var res = arm.post(idleUrl(DemoSeed.CI_RUNNING_SSH, IDLE_PREVIEW), Map.of("idleTimeBeforeShutdown", bad));
            assertThat(res.status()).as(String.valueOf(bad)).isEqualTo(400);
            assertThat(res.message()).contains("idleTimeBeforeShutdown");
        }
        var missing = arm.post(idleUrl(DemoSeed.CI_RUNNING_SSH, IDLE_PREVIEW), Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).contains("idleTimeBeforeShutdown");
        assertThat(arm.post(idleUrl(DemoSeed.CLUSTER_IDLE, IDLE_PREVIEW), Map.of("idleTimeBeforeShutdown", "PT30M"))
                .status()).isEqualTo(400);
        assertThat(arm.get(idleUrl(DemoSeed.CI_RUNNING_SSH, IDLE_PREVIEW)).status()).isEqualTo(405);

        var creating = arm.post(idleUrl(DemoSeed.CI_CREATING, IDLE_PREVIEW), Map.of("idleTimeBeforeShutdown", "PT30M"));
        assertThat(creating.status()).isEqualTo(409);
        assertThat(creating.message()).contains("'Creating'");
        assertThat(arm.post(ml(compute(WS, DemoSeed.CI_STOPPED) + "/start")).status()).isEqualTo(202);
        var starting = arm.post(idleUrl(DemoSeed.CI_STOPPED, IDLE_PREVIEW), Map.of("idleTimeBeforeShutdown", "PT30M"));
        assertThat(starting.status()).isEqualTo(409);
        assertThat(starting.message()).contains("'Starting'");
        assertThat(get(DemoSeed.CI_RUNNING_SSH).at("/properties/properties/idleTimeBeforeShutdown").asText(null))
                .isNotEqualTo("PT10M");
    }

    // ---------------------------------------------------------------- custom applications, SSO, root access

    static ObjectNode instanceWithApp(ObjectNode service) {
        ObjectNode body = ComputeApiTest.instanceBody("Standard_DS3_v2");
        ObjectNode inner = (ObjectNode) body.at("/properties/properties");
        inner.putArray("customServices").add(service);
        inner.put("enableSSO", false);
        inner.put("enableRootAccess", false);
        return body;
    }

    static ObjectNode rstudio() {
        ObjectNode s = ArmTestClient.MAPPER.createObjectNode();
        s.put("name", "rstudio");
        ObjectNode image = s.putObject("image");
        image.put("type", "docker");
        image.put("reference", "ghcr.io/azure/rocker-rstudio-ml-verse:latest");
        ObjectNode env = s.putObject("environmentVariables").putObject("TZ");
        env.put("type", "local");
        env.put("value", "Asia/Seoul");
        ObjectNode endpoint = s.putArray("endpoints").addObject();
        endpoint.put("name", "connect");
        endpoint.put("target", 8787);
        endpoint.put("published", 8787);
        endpoint.put("protocol", "http");
        ObjectNode volume = s.putArray("volumes").addObject();
        volume.put("type", "bind");
        volume.put("readOnly", false);
        volume.put("source", "/home/azureuser/cloudfiles");
        volume.put("target", "/home/azureuser/cloudfiles");
        s.putObject("docker").put("privileged", true);
        return s;
    }

    @Test
    void customApplicationsAndSsoAreKeptAsSentRootAccessIsNot() {
        var res = arm.put(ml(compute(DemoSeed.WORKSPACE_2, "ci-apps")), instanceWithApp(rstudio()));
        assertThat(res.status()).isEqualTo(201);
        tick(60);
        JsonNode inner = arm.get(ml(compute(DemoSeed.WORKSPACE_2, "ci-apps"))).body().at("/properties/properties");
        assertThat(inner.path("customServices")).hasSize(1);
        assertThat(inner.path("customServices").get(0)).isEqualTo(rstudio());
        assertThat(inner.path("enableSSO").asBoolean(true)).isFalse();
        // Root access is a preview-only field: the stable versions do not keep it.
        assertThat(inner.has("enableRootAccess")).isFalse();
        // As recorded from real ARM: the built-in applications, by these names and paths.
        assertThat(inner.path("applications").findValuesAsText("displayName")).containsExactly("Jupyter", "Jupyter Lab");
        assertThat(inner.path("applications").get(1).path("endpointUri").asText()).endsWith(".instances.azureml.ms/lab");
    }

    @Test
    void aCustomApplicationOfTheWrongShapeIs400NamingTheField() {
        Map<String, java.util.function.Consumer<ObjectNode>> breakages = new java.util.LinkedHashMap<>();
        breakages.put("customServices[0].endpoints[0].target", s -> ((ObjectNode) s.at("/endpoints/0")).put("target", "8787"));
        breakages.put("customServices[0].endpoints[0].protocol", s -> ((ObjectNode) s.at("/endpoints/0")).put("protocol", "https"));
        breakages.put("customServices[0].endpoints[0].published", s -> ((ObjectNode) s.at("/endpoints/0")).put("published", 70000));
        breakages.put("customServices[0].image.type", s -> ((ObjectNode) s.get("image")).put("type", "oci"));
        breakages.put("customServices[0].environmentVariables.TZ.type", s -> ((ObjectNode) s.at("/environmentVariables/TZ")).put("type", "secret"));
        breakages.put("customServices[0].volumes[0].type", s -> ((ObjectNode) s.at("/volumes/0")).put("type", "nfs"));
        breakages.put("customServices[0].volumes[0].readOnly", s -> ((ObjectNode) s.at("/volumes/0")).put("readOnly", "no"));
        breakages.put("customServices[0].docker.privileged", s -> ((ObjectNode) s.get("docker")).put("privileged", 1));
        breakages.put("customServices[0].endpoints", s -> s.put("endpoints", "8787"));
        int i = 0;
        for (var e : breakages.entrySet()) {
            ObjectNode service = rstudio();
            e.getValue().accept(service);
            var res = arm.put(ml(compute(DemoSeed.WORKSPACE_2, "ci-bad" + (i++))), instanceWithApp(service));
            assertThat(res.status()).as(e.getKey()).isEqualTo(400);
            assertThat(res.code()).isEqualTo("InvalidRequestContent");
            assertThat(res.message()).as(e.getKey()).contains("'properties.properties." + e.getKey() + "'");
        }
        ObjectNode body = instanceWithApp(rstudio());
        ((ObjectNode) body.at("/properties/properties")).put("enableSSO", "yes");
        var sso = arm.put(ml(compute(DemoSeed.WORKSPACE_2, "ci-sso")), body);
        assertThat(sso.status()).isEqualTo(400);
        assertThat(sso.message()).contains("enableSSO");
        // Refused creates leave nothing behind.
        assertThat(arm.get(ml(compute(DemoSeed.WORKSPACE_2, "ci-bad0"))).status()).isEqualTo(404);
    }

    @Test
    void sshEnabledWithNoKeyIsAcceptedAsStudiosSetUpAKeyLater() {
        ObjectNode body = ComputeApiTest.instanceBody("Standard_DS3_v2");
        ObjectNode ssh = ((ObjectNode) body.at("/properties/properties")).putObject("sshSettings");
        ssh.put("sshPublicAccess", "Enabled");
        var res = arm.put(ml(compute(DemoSeed.WORKSPACE_2, "ci-key-later")), body);
        assertThat(res.status()).isEqualTo(201);
        tick(60);
        JsonNode kept = arm.get(ml(compute(DemoSeed.WORKSPACE_2, "ci-key-later"))).body()
                .at("/properties/properties/sshSettings");
        assertThat(kept.path("sshPublicAccess").asText()).isEqualTo("Enabled");
        assertThat(kept.path("adminUserName").asText()).isEqualTo("azureuser");
        assertThat(kept.has("adminPublicKey")).isFalse();
    }

    // ---------------------------------------------------------------- SSH public keys

    @Test
    void theSubscriptionsSshPublicKeysAreListedAndServed() {
        String sub = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID;
        var list = arm.get(sub + "/providers/Microsoft.Compute/sshPublicKeys?api-version=2024-07-01");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("value").findValuesAsText("name"))
                .containsExactlyInAnyOrder(DemoSeed.SSH_KEY_UPLOADED, DemoSeed.SSH_KEY_GENERATED);
        for (JsonNode key : list.body().path("value")) {
            assertThat(key.path("type").asText()).isEqualTo("Microsoft.Compute/sshPublicKeys");
            assertThat(key.at("/properties/publicKey").asText()).startsWith("ssh-rsa AAAA");
        }
        var one = arm.get(DemoSeed.resourceGroupId() + "/providers/Microsoft.Compute/sshPublicKeys/"
                + DemoSeed.SSH_KEY_UPLOADED + "?api-version=2024-07-01");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().at("/properties/publicKey").asText()).startsWith("ssh-rsa ");
        assertThat(arm.get(DemoSeed.resourceGroupId() + "/providers/Microsoft.Compute/sshPublicKeys/nope"
                + "?api-version=2024-07-01").status()).isEqualTo(404);
    }
}

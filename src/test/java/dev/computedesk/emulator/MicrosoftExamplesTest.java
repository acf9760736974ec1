package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Microsoft example request of Microsoft's saved examples in src/test/resources/arm is accepted, and its answer conforms. */
class MicrosoftExamplesTest extends EmulatorTestSupport {
    static final String DIR = "/arm/examples/Microsoft.MachineLearningServices/";
    static final String WS = DemoSeed.WORKSPACE_2;

    static JsonNode example(String file) {
        return SpecValidator.read(DIR + file).path("parameters");
    }

    private ArmTestClient.Res putExample(String file, String name) {
        JsonNode params = example(file);
        return arm.put(compute(WS, name) + "?api-version=" + params.path("api-version").asText(),
                params.path("parameters"));
    }

    @Test
    void everyCreateOrUpdateExampleBodyIsAccepted() {
        List<String[]> creates = List.of(
                new String[]{"Compute_createOrUpdate_ComputeInstance.json", "exci"},
                new String[]{"Compute_createOrUpdate_ComputeInstanceMinimal.json", "excimin"},
                new String[]{"Compute_createOrUpdate_BasicAmlCompute.json", "excluster"},
                new String[]{"Compute_createOrUpdate_BasicAKSCompute.json", "exaks"},
                new String[]{"Compute_createOrUpdate_KubernetesCompute_attach.json", "exk8s"});
        for (String[] c : creates) {
            var res = putExample(c[0], c[1]);
            assertThat(res.status()).as(c[0] + ": " + res.raw()).isEqualTo(201);
            assertThat(res.header("Azure-AsyncOperation")).as(c[0]).isPresent();
        }
        tick(60);
        // The *_update examples are updates of an existing compute of the same type.
        // The examples allow 200 or 201; real ARM answers an update 201 (docs/arm.md "Editing a compute").
        var aml = putExample("Compute_createOrUpdate_AmlCompute_update.json", "excluster");
        assertThat(aml.status()).as(aml.raw()).isEqualTo(201);
        var aks = putExample("Compute_createOrUpdate_AKSCompute_update.json", "exaks");
        assertThat(aks.status()).as(aks.raw()).isEqualTo(201);
        tick(60);
        assertThat(arm.get(ml(compute(WS, "exaks"))).body().at("/properties/properties/agentCount").asInt()).isEqualTo(4);
        assertThat(arm.get(ml(compute(WS, "excluster"))).body().at("/properties/properties/scaleSettings/minNodeCount")
                .asInt()).isEqualTo(4);
        // The same update bodies on a fresh name: an AKS attach is valid, an AmlCompute without vmSize is not.
        assertThat(putExample("Compute_createOrUpdate_AKSCompute_update.json", "exaksattach").status()).isEqualTo(201);
        assertThat(putExample("Compute_createOrUpdate_AmlCompute_update.json", "exnosize").status()).isEqualTo(400);
        JsonNode ci = arm.get(ml(compute(WS, "exci"))).body().at("/properties/properties");
        assertThat(ci.path("personalComputeInstanceSettings").path("assignedUser").path("objectId").asText())
                .isEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(ci.path("customServices").get(0).path("name").asText()).isEqualTo("rstudio");
    }

    @Test
    void thePatchDeleteAndActionExamplesAreAccepted() {
        arm.put(ml(compute(WS, "expatch")), ComputeApiTest.clusterBody("Standard_DS2_v2", 0, 2));
        putExample("Compute_createOrUpdate_ComputeInstanceMinimal.json", "exdelete");
        tick(60);
        JsonNode patch = example("Compute_patch.json");
        var patched = arm.patch(compute(WS, "expatch") + "?api-version=" + patch.path("api-version").asText(),
                patch.path("parameters"));
        assertThat(patched.status()).isEqualTo(200);
        for (String action : List.of("stop", "start", "restart")) {
            String v = example("Compute_" + (action.equals("start") ? "start.2025-04-01" : action) + ".json")
                    .path("api-version").asText();
            var res = arm.post(compute(WS, "exdelete") + "/" + action + "?api-version="
                    + (ArmServer.ML_VERSIONS.contains(v) ? v : "2026-07-01"));
            assertThat(res.status()).as(action).isEqualTo(202);
            tick(60);
        }
        assertThat(arm.post(ml(compute(WS, "expatch") + "/listNodes")).status()).isEqualTo(200);
        JsonNode delete = example("Compute_delete.json");
        var deleted = arm.delete(compute(WS, "exdelete") + "?api-version=" + delete.path("api-version").asText()
                + "&underlyingResourceAction=" + delete.path("underlyingResourceAction").asText());
        assertThat(deleted.status()).isEqualTo(202);
    }

    @Test
    void theLinkedServiceCreateExampleIsAccepted() {
        JsonNode params = example("LinkedServices_create.2020-09-01-preview.json");
        var res = arm.put(DemoSeed.workspaceId(WS) + "/linkedServices/" + params.path("linkName").asText()
                + "?api-version=2020-09-01-preview", params.path("parameters"));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().at("/properties/linkedServiceResourceId").asText())
                .isEqualTo(params.at("/parameters/properties/linkedServiceResourceId").asText());
        assertThat(res.body().at("/identity/principalId").asText()).isNotBlank();
    }
}

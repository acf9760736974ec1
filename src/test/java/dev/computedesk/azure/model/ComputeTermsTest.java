package dev.computedesk.azure.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeState;
import dev.computedesk.domain.compute.ComputeStatus;
import dev.computedesk.domain.compute.ProvisioningState;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * ARM's words for a compute become the domain's types in one place: every value Microsoft's spec lists maps to its
 * constant whatever its case, and a value this version does not know is kept as sent, on screen and on the wire.
 */
class ComputeTermsTest {
    private static final ObjectMapper M = ArmJson.mapper();

    /** The saved 2025-12-01 spec's list of values for an enum, by its JSON pointer. */
    private static List<String> specEnum(String pointer) throws Exception {
        try (InputStream in = ComputeTermsTest.class.getResourceAsStream(
                "/arm/specs/machineLearningServices.2025-12-01.json")) {
            JsonNode values = M.readTree(in).at(pointer);
            List<String> out = new ArrayList<>();
            values.forEach(v -> out.add(v.asText()));
            assertThat(out).as(pointer).isNotEmpty();
            return out;
        }
    }

    private static List<String> variants(String wire) {
        return List.of(wire, wire.toLowerCase(Locale.ROOT), wire.toUpperCase(Locale.ROOT), " " + wire + " ");
    }

    @Test
    void everyProvisioningStateOfTheSpecMapsToItsConstant() throws Exception {
        List<String> spec = specEnum("/definitions/Compute/properties/provisioningState/enum");
        assertThat(ProvisioningState.known()).extracting(ProvisioningState::armValue)
                .containsExactlyInAnyOrderElementsOf(spec);
        for (String wire : spec) {
            for (String sent : variants(wire)) {
                ProvisioningState state = ComputeTerms.provisioningState(sent);
                assertThat(state.isKnown()).as(sent).isTrue();
                assertThat(state.armValue()).as(sent).isEqualTo(wire);
                assertThat(ProvisioningState.known()).as(sent).containsOnlyOnce(state);
            }
        }
        assertThat(ComputeTerms.provisioningState("succeeded")).isSameAs(ProvisioningState.SUCCEEDED);
        assertThat(ComputeTerms.provisioningState("FAILED")).isSameAs(ProvisioningState.FAILED);
    }

    @Test
    void everyInstanceStateOfTheSpecAndResizingMapsToItsConstant() throws Exception {
        List<String> spec = new ArrayList<>(specEnum("/definitions/ComputeInstanceState/enum"));
        spec.add("Resizing"); // 2026-07-01 (docs/decisions.md "API versions")
        assertThat(ComputeInstanceState.known()).extracting(ComputeInstanceState::armValue)
                .containsExactlyInAnyOrderElementsOf(spec);
        for (String wire : spec) {
            for (String sent : variants(wire)) {
                ComputeInstanceState state = ComputeTerms.instanceState(sent);
                assertThat(state.isKnown()).as(sent).isTrue();
                assertThat(state.armValue()).as(sent).isEqualTo(wire);
            }
        }
        assertThat(ComputeTerms.instanceState("jobrunning")).isSameAs(ComputeInstanceState.JOB_RUNNING);
        assertThat(ComputeInstanceState.JOB_RUNNING.label()).isEqualTo("Job running");
        assertThat(ComputeInstanceState.CREATE_FAILED.label()).isEqualTo("Create failed");
    }

    @Test
    void everyComputeTypeOfTheSpecMapsToItsKind() throws Exception {
        List<String> spec = specEnum("/definitions/ComputeType/enum");
        assertThat(List.of(ComputeKind.values())).extracting(ComputeKind::armValue)
                .containsExactlyInAnyOrderElementsOf(spec);
        for (String wire : spec) {
            for (String sent : variants(wire)) {
                assertThat(ComputeTerms.kind(sent)).as(sent).map(ComputeKind::armValue).contains(wire);
            }
        }
        assertThat(ComputeTerms.kind("BatchAI")).isEmpty();
        assertThat(ComputeTerms.kind(null)).isEmpty();
    }

    @Test
    void unknownValuesAreKeptWithTheTextAzureSent() {
        ProvisioningState provisioning = ComputeTerms.provisioningState("Rehydrating");
        assertThat(provisioning.isKnown()).isFalse();
        assertThat(provisioning.armValue()).isEqualTo("Rehydrating");
        assertThat(provisioning.label()).isEqualTo("Rehydrating");
        assertThat(provisioning).isEqualTo(ProvisioningState.other("Rehydrating")).isNotEqualTo(ProvisioningState.UNKNOWN);
        assertThat(provisioning.isTerminal()).isFalse();
        assertThat(provisioning.isTransitional()).isFalse();

        ComputeInstanceState instance = ComputeTerms.instanceState("Hibernating");
        assertThat(instance.isKnown()).isFalse();
        assertThat(instance.label()).isEqualTo("Hibernating");
        assertThat(instance.isTransitional()).isFalse();
        assertThat(instance.isFailed()).isFalse();

        assertThat(ComputeTerms.provisioningState(null)).isNull();
        assertThat(ComputeTerms.instanceState(null)).isNull();
    }

    @Test
    void jsonIsReadThroughTheMappingAndWrittenAsArmSpellsIt() throws Exception {
        ComputeResource read = M.readValue("{\"name\":\"ci\",\"properties\":{\"computeType\":\"computeinstance\","
                + "\"provisioningState\":\"succeeded\",\"properties\":{\"state\":\"JOBRUNNING\"}}}", ComputeResource.class);
        assertThat(read.properties()).isInstanceOf(ComputeInstanceProperties.class);
        assertThat(read.kind()).contains(ComputeKind.COMPUTE_INSTANCE);
        assertThat(read.properties().provisioningState()).isSameAs(ProvisioningState.SUCCEEDED);
        assertThat(((ComputeInstanceProperties) read.properties()).properties().state())
                .isSameAs(ComputeInstanceState.JOB_RUNNING);
        String written = M.writeValueAsString(read);
        assertThat(written).contains("\"provisioningState\":\"Succeeded\"").contains("\"state\":\"JobRunning\"");

        ComputeResource unknown = M.readValue("{\"properties\":{\"computeType\":\"AmlCompute\","
                + "\"provisioningState\":\"Migrating\"}}", ComputeResource.class);
        assertThat(M.writeValueAsString(unknown)).contains("\"provisioningState\":\"Migrating\"");
        assertThat(M.readValue("{\"properties\":{\"computeType\":\"AKS\",\"provisioningState\":null}}",
                ComputeResource.class).properties().provisioningState()).isNull();
    }

    @Test
    void allocationStateResizingIgnoringCase() {
        assertThat(ComputeTerms.resizing("Resizing")).isTrue();
        assertThat(ComputeTerms.resizing("resizing")).isTrue();
        assertThat(ComputeTerms.resizing("Steady")).isFalse();
        assertThat(ComputeTerms.resizing(null)).isFalse();
    }

    @Test
    void statusAndStateOfAComputeAsTheUiReadsThem() throws Exception {
        ComputeResource stopped = M.readValue("{\"properties\":{\"computeType\":\"ComputeInstance\","
                + "\"provisioningState\":\"Succeeded\",\"properties\":{\"state\":\"stopped\"}}}", ComputeResource.class);
        ComputeStatus status = ComputeTerms.status(stopped).orElseThrow();
        assertThat(status).isEqualTo(new ComputeStatus(ComputeKind.COMPUTE_INSTANCE, ProvisioningState.SUCCEEDED,
                ComputeInstanceState.STOPPED, false));
        assertThat(status.allowedActions()).isEqualTo(EnumSet.of(ComputeAction.START, ComputeAction.DELETE));

        ComputeResource resizing = M.readValue("{\"properties\":{\"computeType\":\"AmlCompute\",\"isAttachedCompute\":false,"
                + "\"provisioningState\":\"Succeeded\",\"properties\":{\"allocationState\":\"Resizing\"}}}",
                ComputeResource.class);
        ComputeState state = ComputeTerms.state(resizing).orElseThrow();
        assertThat(state).isEqualTo(new ComputeState(ProvisioningState.SUCCEEDED, null, true));
        assertThat(state.isTransitional()).isTrue();

        ComputeResource quantum = M.readValue("{\"properties\":{\"computeType\":\"QuantumAnnealer\","
                + "\"provisioningState\":\"Succeeded\"}}", ComputeResource.class);
        assertThat(ComputeTerms.status(quantum)).isEmpty();
        assertThat(ComputeTerms.state(quantum)).map(ComputeState::label).contains("Succeeded");
        assertThat(ComputeTerms.state(new ComputeResource(null, "x", null, null, null, null, null, null, null))).isEmpty();
    }
}

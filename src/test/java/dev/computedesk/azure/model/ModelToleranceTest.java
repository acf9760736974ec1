package dev.computedesk.azure.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ProvisioningState;
import org.junit.jupiter.api.Test;

/** Unknown fields, unknown enum values, unknown compute types and the 2026-07-01 additions all read. */
class ModelToleranceTest {
    private static final ObjectMapper M = ArmJson.mapper();

    @Test
    void readsThe2026AdditionsAndUnknowns() throws Exception {
        String json = "{\"id\":\"/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                + "workspaces/ws/computes/ci\",\"name\":\"ci\",\"brandNewTopLevel\":{\"x\":1},"
                + "\"properties\":{\"computeType\":\"ComputeInstance\",\"provisioningState\":\"Succeeded\","
                + "\"futureBaseField\":true,\"properties\":{\"state\":\"Resizing\",\"enableSSO\":false,"
                + "\"idleTimeBeforeShutdown\":\"PT30M\",\"futureField\":[1,2]}}}";
        ComputeResource r = M.readValue(json, ComputeResource.class);
        ComputeInstanceSettings s = ((ComputeInstanceProperties) r.properties()).properties();
        assertThat(s.state()).isEqualTo(ComputeInstanceState.RESIZING);
        assertThat(s.enableSSO()).isFalse();
        assertThat(s.idleTimeBeforeShutdown()).isEqualTo("PT30M");
        assertThat(M.writeValueAsString(r)).contains("\"enableSSO\":false").contains("\"state\":\"Resizing\"")
                .contains("\"idleTimeBeforeShutdown\":\"PT30M\"");
    }

    /**
     * Values this version does not know are kept with the text Azure sent (they used to read as Unknown, which
     * showed a state Azure never reported and wrote "Unknown" back on a round trip).
     */
    @Test
    void unknownEnumValuesAreKeptAsSent() throws Exception {
        ComputeResource r = M.readValue("{\"properties\":{\"computeType\":\"ComputeInstance\","
                + "\"provisioningState\":\"Rehydrating\",\"properties\":{\"state\":\"Hibernating\"}}}",
                ComputeResource.class);
        assertThat(r.properties().provisioningState()).isEqualTo(ProvisioningState.other("Rehydrating"));
        assertThat(r.properties().provisioningState().isKnown()).isFalse();
        assertThat(((ComputeInstanceProperties) r.properties()).properties().state())
                .isEqualTo(ComputeInstanceState.other("Hibernating"));
        assertThat(M.writeValueAsString(r)).contains("\"provisioningState\":\"Rehydrating\"")
                .contains("\"state\":\"Hibernating\"");
    }

    @Test
    void unknownComputeTypeIsKeptRaw() throws Exception {
        String json = "{\"properties\":{\"computeType\":\"QuantumAnnealer\",\"description\":\"d\","
                + "\"properties\":{\"qubits\":5}}}";
        ComputeResource r = M.readValue(json, ComputeResource.class);
        assertThat(r.properties()).isInstanceOf(UnknownComputeProperties.class);
        assertThat(r.computeType()).isEqualTo("QuantumAnnealer");
        assertThat(r.properties().kind()).isEmpty();
        assertThat(M.readTree(M.writeValueAsString(r))).isEqualTo(M.readTree(json));
    }

    @Test
    void computeTypeIsReadCaseInsensitivelyAndWrittenInItsWireSpelling() throws Exception {
        ComputeResource r = M.readValue("{\"properties\":{\"computeType\":\"amlcompute\"}}", ComputeResource.class);
        assertThat(r.properties()).isInstanceOf(AmlComputeProperties.class);
        assertThat(M.writeValueAsString(r)).contains("\"computeType\":\"AmlCompute\"");
    }

    @Test
    void nodePortMayComeAsANumberWithAFraction() throws Exception {
        AmlComputeNode n = M.readValue("{\"nodeId\":\"n1\",\"port\":50000.0,\"nodeState\":\"idle\"}",
                AmlComputeNode.class);
        assertThat(n.port()).isEqualTo(50000);
    }

    @Test
    void workspaceRefParsesIdsCaseInsensitively() {
        WorkspaceRef ref = WorkspaceRef.fromId("/subscriptions/s1/resourcegroups/rg1/providers/"
                + "Microsoft.MachineLearningServices/workspaces/ws1", "eastus");
        assertThat(ref).isEqualTo(new WorkspaceRef("s1", "rg1", "ws1", "eastus"));
        assertThat(ref.id()).isEqualTo("/subscriptions/s1/resourceGroups/rg1/providers/"
                + "Microsoft.MachineLearningServices/workspaces/ws1");
    }
}

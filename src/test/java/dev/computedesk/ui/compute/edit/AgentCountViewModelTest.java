package dev.computedesk.ui.compute.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.emulator.DemoSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class AgentCountViewModelTest {
    private final EditTestSupport support = new EditTestSupport();

    @AfterEach
    void close() {
        support.close();
    }

    private AgentCountViewModel open() {
        return new AgentCountViewModel(support.services(), support.target(DemoSeed.AKS_CLUSTER));
    }

    @Test
    void aNewNodeCountIsSentAloneAndTheClusterHasItAfterwards() {
        AgentCountViewModel dialog = open();
        assertThat(dialog.agentCount().get()).isEqualTo("3");
        assertThat(dialog.currentText()).isEqualTo("Now: 3 nodes of Standard_D3_v2 (Production)");
        assertThat(dialog.canSaveProperty().get()).as("unchanged").isFalse();
        dialog.agentCount().set("5");
        dialog.save();

        assertThat(support.writes).containsExactly(new EditTestSupport.Call("updateAksNodeCount", List.of(5)));
        assertThat(dialog.closedProperty().get()).isTrue();
        assertThat(((AksProperties) support.read(DemoSeed.AKS_CLUSTER).properties()).properties().agentCount())
                .isEqualTo(5);
    }

    @Test
    void fewerThanTwelveVcpusAreRefusedUnderTheField() {
        AgentCountViewModel dialog = open();
        dialog.agentCount().set("2");
        assertThat(dialog.agentCount().shownMessageProperty().get())
                .isEqualTo("2 nodes × 4 vCPUs = 8; at least 12 needed: choose 3 or more nodes or a larger size");
        assertThat(dialog.canSaveProperty().get()).isFalse();
        dialog.agentCount().set("");
        assertThat(dialog.agentCount().shownMessageProperty().get()).isEqualTo("Enter a whole number");
        dialog.save();
        assertThat(support.writes).isEmpty();
    }

    @Test
    void aRefusalKeepsTheCountAndShowsArmsAnswer() {
        AgentCountViewModel dialog = open();
        dialog.agentCount().set("6");
        support.refuseNext = EditTestSupport.refusal(409, "Conflict",
                "Compute 'aks-infer' cannot be updated while its provisioning state is 'Updating'.", "req-aks-2");
        dialog.save();
        assertThat(dialog.closedProperty().get()).isFalse();
        assertThat(dialog.agentCount().get()).isEqualTo("6");
        assertThat(dialog.errorProperty().get().summary())
                .contains("Changing the node count of inference cluster aks-infer failed")
                .contains("Conflict: Compute 'aks-infer' cannot be updated")
                .contains("request id req-aks-2");
    }

    @Test
    void onlyAClusterTheWorkspaceCreatedOffersTheNodeCount() {
        assertThat(ComputeEdit.AGENT_COUNT.appliesTo(support.read(DemoSeed.AKS_CLUSTER))).isTrue();
        assertThat(ComputeEdit.AGENT_COUNT.appliesTo(support.read(DemoSeed.CLUSTER_WITH_NODES))).isFalse();
        assertThat(ComputeEdit.SCALE.appliesTo(support.read(DemoSeed.CLUSTER_WITH_NODES))).isTrue();
        assertThat(ComputeEdit.IDLE_SHUTDOWN.appliesTo(support.read(DemoSeed.CLUSTER_WITH_NODES))).isFalse();
        assertThat(ComputeEdit.IDENTITY.appliesTo(support.read(DemoSeed.CI_STOPPED))).isTrue();
        assertThat(ComputeEdit.IDENTITY.appliesTo(support.read(DemoSeed.AKS_CLUSTER))).isFalse();
    }
}

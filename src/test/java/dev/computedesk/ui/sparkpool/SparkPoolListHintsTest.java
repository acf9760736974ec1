package dev.computedesk.ui.sparkpool;

import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.form.EmptyListHint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The Attach Synapse Spark pool wizard over Synapse workspaces without pools, and a subscription without any. */
class SparkPoolListHintsTest {
    private EmulatorFixture fixture;
    private final List<String> opened = new ArrayList<>();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private SparkPoolWizardViewModel wizard(Consumer<com.fasterxml.jackson.databind.node.ObjectNode> state) {
        fixture = EmulatorFixture.startWithState(state);
        SparkPoolWizardViewModel viewModel = new SparkPoolWizardViewModel(
                TrackingTaskExecutor.synchronous(new OperationLog()), fixture.connection(), fixture.demoWorkspace(),
                new ComputeEvents(), text -> { }, opened::add);
        viewModel.load();
        return viewModel;
    }

    @Test
    void aSynapseWorkspaceWithoutPoolsPointsToItsSynapseStudio() {
        SparkPoolWizardViewModel viewModel = wizard(EmulatorFixture.withoutResourcesOfType(
                "Microsoft.Synapse/workspaces/bigDataPools"));
        assertThat(viewModel.synapse().synapseWorkspacesHint().shownProperty().get()).isFalse();
        assertThat(viewModel.poolsHint().shownProperty().get()).as("no Synapse workspace chosen yet").isFalse();

        var team = viewModel.synapse().synapseWorkspaces().stream()
                .filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR)).findFirst().orElseThrow();
        viewModel.synapse().synapseWorkspaceProperty().set(team);

        EmptyListHint hint = viewModel.poolsHint();
        assertThat(viewModel.pools()).isEmpty();
        assertThat(hint.shownProperty().get()).isTrue();
        assertThat(hint.textProperty().get()).startsWith("No Apache Spark pools in " + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR
                + ". The list shows only what you can read");
        assertThat(hint.urlProperty().get()).isEqualTo("https://web.azuresynapse.net/en/home?workspace="
                + java.net.URLEncoder.encode(team.id(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(hint.linkTextProperty().get()).isEqualTo("Open " + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR
                + " in Synapse Studio");
    }

    @Test
    void aSubscriptionWithoutSynapseWorkspacesPointsToThePortal() {
        SparkPoolWizardViewModel viewModel = wizard(EmulatorFixture.withoutResourcesOfType(
                "Microsoft.Synapse/workspaces"));
        EmptyListHint hint = viewModel.synapse().synapseWorkspacesHint();
        assertThat(viewModel.synapse().synapseWorkspaces()).isEmpty();
        assertThat(hint.shownProperty().get()).isTrue();
        assertThat(hint.textProperty().get()).startsWith("No Synapse workspaces in this subscription.");
        assertThat(hint.urlProperty().get()).isEqualTo("https://portal.azure.com/#create/Microsoft.Synapse");
    }

    @Test
    void listsWithItemsShowNoHint() {
        SparkPoolWizardViewModel viewModel = wizard(store -> { });
        viewModel.synapse().synapseWorkspaceProperty().set(viewModel.synapse().synapseWorkspaces().stream()
                .filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_OWNER)).findFirst().orElseThrow());
        assertThat(viewModel.pools()).isNotEmpty();
        assertThat(viewModel.poolsHint().shownProperty().get()).isFalse();
        assertThat(viewModel.synapse().synapseWorkspacesHint().shownProperty().get()).isFalse();
    }
}

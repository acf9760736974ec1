package dev.computedesk.ui.compute.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.emulator.DemoSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class ScaleViewModelTest {
    private final EditTestSupport support = new EditTestSupport();

    @AfterEach
    void close() {
        support.close();
    }

    private ScaleSettings scaleOf(String name) {
        return ((AmlComputeProperties) support.read(name).properties()).properties().scaleSettings();
    }

    private ScaleViewModel open() {
        return new ScaleViewModel(support.services(), support.target(DemoSeed.CLUSTER_WITH_NODES));
    }

    @Test
    void aNewMaximumIsPatchedWithTheOtherScaleValuesAsTheyWere() {
        ScaleViewModel dialog = open();
        assertThat(dialog.minNodes().get()).isEqualTo("2");
        assertThat(dialog.maxNodes().get()).isEqualTo("4");
        assertThat(dialog.idleSeconds().get()).isEqualTo("120");
        assertThat(dialog.canSaveProperty().get()).as("unchanged").isFalse();
        assertThat(dialog.quotaAndCost().quotaSeverityProperty().get()).isEqualTo("ok");

        dialog.maxNodes().set("6");
        dialog.save();

        // Only the scale settings go out (a PATCH), with the minimum and idle time the cluster has: the service
        // replaces the object whole, so leaving them out would reset them.
        assertThat(support.writes).containsExactly(new EditTestSupport.Call("updateScaleSettings",
                List.of(new ScaleSettings(6, 2, "PT2M"))));
        assertThat(dialog.closedProperty().get()).isTrue();
        assertThat(scaleOf(DemoSeed.CLUSTER_WITH_NODES).maxNodeCount()).isEqualTo(6);
        assertThat(scaleOf(DemoSeed.CLUSTER_WITH_NODES).minNodeCount()).isEqualTo(2);
        // The row showed the transitional state while the PATCH ran.
        assertThat(support.changes).anySatisfy(change -> assertThat(change.compute().properties()
                .provisioningState().label()).isEqualTo("Updating"));
    }

    @Test
    void theClusterFormsNodeRulesApplyWithTheirMessages() {
        ScaleViewModel dialog = open();
        dialog.maxNodes().set("1");
        assertThat(dialog.maxNodes().shownMessageProperty().get())
                .isEqualTo("The maximum number of nodes must be at least the minimum (2)");
        dialog.minNodes().set("-1");
        assertThat(dialog.minNodes().shownMessageProperty().get())
                .isEqualTo("The minimum number of nodes must be 0 or more");
        dialog.minNodes().set("0");
        dialog.maxNodes().set("0");
        assertThat(dialog.maxNodes().shownMessageProperty().get())
                .isEqualTo("The maximum number of nodes must be 1 or more");
        dialog.maxNodes().set("3");
        dialog.idleSeconds().set("-5");
        assertThat(dialog.idleSeconds().shownMessageProperty().get())
                .isEqualTo("Idle seconds before scale down must be 0 or more");
        assertThat(dialog.canSaveProperty().get()).isFalse();
        dialog.save();
        assertThat(support.writes).isEmpty();
    }

    @Test
    void theCreateFormsQuotaWarningAndBlockApply() {
        ScaleViewModel dialog = open();
        dialog.maxNodes().set("40");
        assertThat(dialog.quotaAndCost().quotaSeverityProperty().get()).isEqualTo("warn");
        assertThat(dialog.quotaAndCost().quotaTextProperty().get()).contains("scaling beyond");
        assertThat(dialog.canSaveProperty().get()).as("a warning does not block").isTrue();

        dialog.minNodes().set("40");
        assertThat(dialog.quotaAndCost().quotaSeverityProperty().get()).isEqualTo("error");
        assertThat(dialog.quotaAndCost().quotaTextProperty().get()).startsWith("The minimum of 40 nodes needs 160 vCPUs");
        assertThat(dialog.canSaveProperty().get()).isFalse();
    }

    @Test
    void aRefusalKeepsTheNumbersAndShowsArmsAnswer() {
        ScaleViewModel dialog = open();
        dialog.minNodes().set("3");
        support.refuseNext = EditTestSupport.refusal(400, "QuotaExceeded",
                "Operation results in exceeding quota limits.", "req-quota-1");
        dialog.save();

        assertThat(dialog.closedProperty().get()).isFalse();
        assertThat(dialog.minNodes().get()).isEqualTo("3");
        assertThat(dialog.errorProperty().get().summary())
                .contains("Scaling compute cluster cpu-cluster failed")
                .contains("QuotaExceeded: Operation results in exceeding quota limits.")
                .contains("request id req-quota-1");
        assertThat(scaleOf(DemoSeed.CLUSTER_WITH_NODES).minNodeCount()).isEqualTo(2);
    }

    @Test
    void aClusterBeingUpdatedCannotBeScaled() {
        support.emulator.connection().computes().updateScaleSettings(support.workspace(), DemoSeed.CLUSTER_IDLE,
                new ScaleSettings(3, 0, "PT2M"));
        ScaleViewModel dialog = new ScaleViewModel(support.services(), support.target(DemoSeed.CLUSTER_IDLE));
        dialog.maxNodes().set("5");
        assertThat(dialog.blockedReasonProperty().get()).contains("Succeeded").contains("'Updating'");
        assertThat(dialog.canSaveProperty().get()).isFalse();
    }
}

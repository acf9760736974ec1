package dev.computedesk.ui.compute.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.emulator.DemoSeed;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

class SchedulesViewModelTest {
    private static final TimeFormat SEOUL = new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US);
    /** Wednesday 2024-07-24 09:00 UTC. */
    private static final Instant NOW = Instant.parse("2024-07-24T09:00:00Z");

    private final EditTestSupport support = new EditTestSupport();

    @AfterEach
    void close() {
        support.close();
    }

    @Test
    void schedulesAreListedInTheDetailsPanesWordsWithAWayToStudio() throws Exception {
        ObjectNode tree = ArmJson.mapper().valueToTree(support.read(DemoSeed.CI_RUNNING_SSH));
        ((ObjectNode) tree.at("/properties/properties")).set("schedules", ArmJson.mapper().readTree("""
                {"computeStartStop": [{"action": "Stop", "status": "Enabled", "triggerType": "Cron",
                  "cron": {"expression": "0 18 * * 1,2,3,4,5", "timeZone": "Pacific Standard Time"}}]}"""));
        ComputeResource withSchedule = ArmJson.mapper().treeToValue(tree, ComputeResource.class);
        EditTarget target = new EditTarget(support.workspace(), DemoSeed.CI_RUNNING_SSH,
                new SimpleObjectProperty<>(withSchedule), support.computes, null, null, DemoSeed.TENANT_ID);

        SchedulesViewModel dialog = new SchedulesViewModel(support.services(), target, SEOUL, NOW);
        assertThat(dialog.lines()).containsExactly(
                "Stop at 6:00 PM, Mon\u2013Fri, Pacific Standard Time \u00b7 next Jul 25, 2024, 10:00 AM");
        assertThat(dialog.emptyText()).isEmpty();
        assertThat(SchedulesViewModel.whyReadOnly()).contains("cannot be changed here");

        dialog.openStudio();
        assertThat(support.opened).containsExactly("https://ml.azure.com/compute/ci-dana-ssh/details?wsid="
                + support.workspace().id() + "&tid=" + DemoSeed.TENANT_ID);
        assertThat(support.writes).isEmpty();
        dialog.close();
        assertThat(dialog.closedProperty().get()).isTrue();
    }

    @Test
    void anInstanceWithoutSchedulesSaysSo() {
        SchedulesViewModel dialog = new SchedulesViewModel(support.services(), support.target(DemoSeed.CI_STOPPED),
                SEOUL, NOW);
        assertThat(dialog.lines()).isEmpty();
        assertThat(dialog.emptyText()).isEqualTo("This instance has no start or stop schedules.");
    }

    @Test
    void theStudioLinkLeavesOutAnUnknownTenant() {
        WorkspaceRef ws = new WorkspaceRef("s", "rg", "ws", "eastus");
        assertThat(SchedulesViewModel.studioUrl(ws, "ci-a", null)).isEqualTo("https://ml.azure.com/compute/ci-a/details"
                + "?wsid=/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws");
        assertThat(List.of(SchedulesViewModel.studioUrl(ws, "ci-a", "t-1"))).allSatisfy(url ->
                assertThat(url).endsWith("/workspaces/ws&tid=t-1"));
    }
}

package dev.computedesk.ui.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeState;
import dev.computedesk.ui.common.ComputeFormKind;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The Compute page's decisions come from the domain's types, not from words or style classes: a create that failed
 * after ARM accepted it, a compute in transition, the actions a row allows, and the badge. Real Azure's casing and
 * values this version does not know are read as the types say.
 */
class ComputeStateDecisionsTest {
    private static final ObjectMapper M = ArmJson.mapper();

    private static ComputeResource instance(String provisioning, String state) throws Exception {
        return M.readValue("{\"name\":\"ci\",\"properties\":{\"computeType\":\"ComputeInstance\","
                + (provisioning == null ? "" : "\"provisioningState\":\"" + provisioning + "\",")
                + "\"properties\":{" + (state == null ? "" : "\"state\":\"" + state + "\"") + "}}}", ComputeResource.class);
    }

    private static ComputeResource cluster(String provisioning, String allocation) throws Exception {
        return M.readValue("{\"name\":\"cpu\",\"properties\":{\"computeType\":\"AmlCompute\",\"provisioningState\":\""
                + provisioning + "\",\"properties\":{\"allocationState\":\"" + allocation + "\"}}}", ComputeResource.class);
    }

    @Test
    void aCreateThatEndsFailedIsNoticed() throws Exception {
        assertThat(ComputeListSync.endedInFailure(cluster("Creating", "Steady"), cluster("Failed", "Steady"))).isTrue();
        assertThat(ComputeListSync.endedInFailure(cluster("creating", "Steady"), cluster("FAILED", "Steady"))).isTrue();
        assertThat(ComputeListSync.endedInFailure(instance("Creating", "Creating"), instance("Succeeded", "CreateFailed")))
                .isTrue();
        // The body a form just sent has no state yet: it is changing, so its end is watched too.
        assertThat(ComputeListSync.endedInFailure(instance(null, null), instance("Failed", null))).isTrue();
    }

    @Test
    void otherEndsAreNotLateFailures() throws Exception {
        assertThat(ComputeListSync.endedInFailure(cluster("Creating", "Steady"), cluster("Succeeded", "Steady"))).isFalse();
        // Already failed before: nothing new to tell.
        assertThat(ComputeListSync.endedInFailure(cluster("Failed", "Steady"), cluster("Failed", "Resizing"))).isFalse();
        // Still changing.
        assertThat(ComputeListSync.endedInFailure(instance("Creating", "Creating"), instance("Succeeded", "SettingUp")))
                .isFalse();
        // A state this version does not know is not taken for a failure.
        assertThat(ComputeListSync.endedInFailure(instance("Creating", "Creating"), instance("Succeeded", "Hibernated")))
                .isFalse();
    }

    @Test
    void theLateFailureNamesTheStateAndTheForm() throws Exception {
        LateFailure failure = LateFailure.of("ci", instance("Succeeded", "CreateFailed"), null);
        assertThat(failure.message()).isEqualTo("ci is Create failed.");
        assertThat(failure.form()).isEqualTo(ComputeFormKind.COMPUTE_INSTANCE);
        assertThat(failure.canEditAndRetry()).isFalse();
    }

    @Test
    void transitionalStatesKeepTheRowReread() throws Exception {
        assertThat(ComputeRow.isTransitional(instance("Succeeded", "stopping"))).isTrue();
        assertThat(ComputeRow.isTransitional(cluster("Succeeded", "resizing"))).isTrue();
        assertThat(ComputeRow.isTransitional(cluster("Succeeded", "Steady"))).isFalse();
        assertThat(ComputeRow.isTransitional(instance("Succeeded", "Hibernated"))).isFalse();
        assertThat(ComputeRow.isTransitional(instance(null, null))).isTrue();
    }

    @Test
    void actionsAllowedComeFromTheTypes() throws Exception {
        assertThat(new ComputeRow(instance("succeeded", "STOPPED")).allowedActions())
                .isEqualTo(EnumSet.of(ComputeAction.START, ComputeAction.DELETE));
        assertThat(new ComputeRow(instance("Succeeded", "jobRunning")).allowedActions())
                .isEqualTo(EnumSet.of(ComputeAction.STOP, ComputeAction.RESTART, ComputeAction.DELETE));
        // An instance state this version does not know allows what "any other state" allows: Delete.
        assertThat(new ComputeRow(instance("Succeeded", "Hibernated")).allowedActions())
                .isEqualTo(EnumSet.of(ComputeAction.DELETE));
        assertThat(new ComputeRow(cluster("Succeeded", "Steady")).allowedActions())
                .isEqualTo(EnumSet.of(ComputeAction.DELETE, ComputeAction.SCALE));
    }

    @Test
    void theBadgeFollowsTheCondition() throws Exception {
        assertThat(ComputeColumn.condition(instance("Succeeded", "Running"))).isEqualTo(ComputeState.Condition.READY);
        assertThat(ComputeColumn.stateStyle(instance("Succeeded", "Running"))).isEqualTo("state-ok");
        assertThat(ComputeColumn.stateStyle(instance("Succeeded", "setupfailed"))).isEqualTo("state-error");
        assertThat(ComputeColumn.stateStyle(cluster("Canceled", "Steady"))).isEqualTo("state-warn");
        assertThat(ComputeColumn.stateStyle(cluster("Succeeded", "Resizing"))).isEqualTo("state-busy");
        assertThat(ComputeColumn.stateStyle(instance("Succeeded", "Stopped"))).isEqualTo("state-idle");
        assertThat(ComputeColumn.stateText(instance("Succeeded", "Hibernated"))).isEqualTo("Hibernated");
        assertThat(ComputeColumn.stateStyle(instance("Succeeded", "Hibernated"))).isEqualTo("state-idle");
        assertThat(ComputeColumn.stateText(instance("Succeeded", "userSettingUp"))).isEqualTo("User setting up");
    }
}

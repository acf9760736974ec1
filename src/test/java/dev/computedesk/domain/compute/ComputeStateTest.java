package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.domain.compute.ComputeState.Condition;
import org.junit.jupiter.api.Test;

/** What the Compute page reads from a compute's states: its word, whether it is changing, whether it failed. */
class ComputeStateTest {

    private static ComputeState provisioning(ProvisioningState state) {
        return new ComputeState(state, null, false);
    }

    private static ComputeState instance(ComputeInstanceState state) {
        return new ComputeState(ProvisioningState.SUCCEEDED, state, false);
    }

    @Test
    void theInstancesOwnStateWinsOverProvisioning() {
        assertThat(instance(ComputeInstanceState.JOB_RUNNING).label()).isEqualTo("Job running");
        assertThat(new ComputeState(ProvisioningState.FAILED, ComputeInstanceState.RUNNING, false).condition())
                .isEqualTo(Condition.READY);
        assertThat(provisioning(ProvisioningState.SUCCEEDED).label()).isEqualTo("Succeeded");
    }

    @Test
    void noProvisioningStateYetReadsAsCreatingAndIsChanging() {
        ComputeState sent = new ComputeState(null, null, false);
        assertThat(sent.label()).isEqualTo("Creating");
        assertThat(sent.isTransitional()).isTrue();
        assertThat(sent.condition()).isEqualTo(Condition.CHANGING);
    }

    @Test
    void transitionalStates() {
        for (ProvisioningState state : ProvisioningState.known()) {
            boolean changing = state == ProvisioningState.CREATING || state == ProvisioningState.UPDATING
                    || state == ProvisioningState.DELETING;
            assertThat(provisioning(state).isTransitional()).as(state.armValue()).isEqualTo(changing);
        }
        assertThat(instance(ComputeInstanceState.SETTING_UP).isTransitional()).isTrue();
        assertThat(instance(ComputeInstanceState.RESIZING).isTransitional()).isTrue();
        assertThat(instance(ComputeInstanceState.STOPPED).isTransitional()).isFalse();
        assertThat(new ComputeState(ProvisioningState.SUCCEEDED, null, true).isTransitional()).isTrue();
        assertThat(instance(ComputeInstanceState.other("Hibernating")).isTransitional()).isFalse();
    }

    @Test
    void failedStates() {
        assertThat(provisioning(ProvisioningState.FAILED).condition()).isEqualTo(Condition.FAILED);
        for (ComputeInstanceState failed : new ComputeInstanceState[] {ComputeInstanceState.CREATE_FAILED,
                ComputeInstanceState.SETUP_FAILED, ComputeInstanceState.USER_SETUP_FAILED, ComputeInstanceState.UNUSABLE}) {
            assertThat(instance(failed).isFailed()).as(failed.armValue()).isTrue();
            assertThat(instance(failed).condition()).as(failed.armValue()).isEqualTo(Condition.FAILED);
        }
        // A failure that is still changing reads as changing: it has not settled yet.
        assertThat(new ComputeState(ProvisioningState.FAILED, ComputeInstanceState.DELETING, false).condition())
                .isEqualTo(Condition.CHANGING);
        // A value this version does not know is never taken for a failure, whatever its text.
        assertThat(provisioning(ProvisioningState.other("PartiallyFailed")).isFailed()).isFalse();
    }

    @Test
    void conditions() {
        assertThat(instance(ComputeInstanceState.RUNNING).condition()).isEqualTo(Condition.READY);
        assertThat(instance(ComputeInstanceState.STOPPED).condition()).isEqualTo(Condition.IDLE);
        assertThat(provisioning(ProvisioningState.CANCELED).condition()).isEqualTo(Condition.CANCELED);
        assertThat(provisioning(ProvisioningState.UNKNOWN).condition()).isEqualTo(Condition.IDLE);
        assertThat(provisioning(ProvisioningState.other("Migrating")).condition()).isEqualTo(Condition.IDLE);
        assertThat(provisioning(ProvisioningState.other("Migrating")).label()).isEqualTo("Migrating");
    }

    @Test
    void unknownValuesAreEqualByTheirText() {
        assertThat(ProvisioningState.other("Migrating")).isEqualTo(ProvisioningState.other("Migrating"))
                .hasSameHashCodeAs(ProvisioningState.other("Migrating"))
                .isNotEqualTo(ProvisioningState.other("Hibernating"));
        assertThat(ComputeInstanceState.other("Unknown")).isNotEqualTo(ComputeInstanceState.UNKNOWN);
        assertThat(ProvisioningState.SUCCEEDED.isTerminal()).isTrue();
        assertThat(ProvisioningState.CANCELED.isTerminal()).isTrue();
        assertThat(ProvisioningState.UPDATING.isTerminal()).isFalse();
    }
}

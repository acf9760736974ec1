package dev.computedesk.domain.compute;

/**
 * The states Azure reports for one compute, as the Compute page reads them: the word a user sees, whether the
 * compute is changing by itself (so the page keeps re-reading it), and whether it failed.
 *
 * @param provisioning ARM's {@code provisioningState}; null when the service has not reported one yet (the body a
 *                     create form just sent), which reads as Creating
 * @param instance     a compute instance's own {@code state}, which wins over the provisioning state; null for
 *                     other kinds
 * @param resizing     true while an AmlCompute cluster's {@code allocationState} is Resizing
 */
public record ComputeState(ProvisioningState provisioning, ComputeInstanceState instance, boolean resizing) {

    /** How a state reads at a glance (the badge's colour). */
    public enum Condition {
        /** Changing by itself: Creating, Stopping, Resizing, … */
        CHANGING,
        /** Failed, CreateFailed, SetupFailed, UserSetupFailed, Unusable. */
        FAILED,
        /** Running, JobRunning, or provisioned (Succeeded). */
        READY,
        /** Provisioning was canceled. */
        CANCELED,
        /** Anything else: Stopped, Unknown, a value this version does not know. */
        IDLE
    }

    /** The state a user reads: an instance's own state, else the provisioning state ("Succeeded"). */
    public String label() {
        if (instance != null) {
            return instance.label();
        }
        return provisioning == null ? ProvisioningState.CREATING.label() : provisioning.label();
    }

    /** True while any of the states is transitional, or no provisioning state has been reported yet. */
    public boolean isTransitional() {
        return provisioning == null || provisioning.isTransitional()
                || (instance != null && instance.isTransitional()) || resizing;
    }

    /** True when the state a user reads is a failure (an instance's own state decides when it has one). */
    public boolean isFailed() {
        return instance != null ? instance.isFailed() : provisioning == ProvisioningState.FAILED;
    }

    /** How the state reads at a glance; a compute in transition is {@link Condition#CHANGING} whatever it reads. */
    public Condition condition() {
        if (isTransitional()) {
            return Condition.CHANGING;
        }
        if (isFailed()) {
            return Condition.FAILED;
        }
        if (instance != null ? instance.isRunning() : provisioning == ProvisioningState.SUCCEEDED) {
            return Condition.READY;
        }
        return instance == null && provisioning == ProvisioningState.CANCELED ? Condition.CANCELED : Condition.IDLE;
    }
}

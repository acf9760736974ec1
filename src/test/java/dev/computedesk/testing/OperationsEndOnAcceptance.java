package dev.computedesk.testing;

import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.ui.common.ComputeEvents;

import java.time.Duration;
import java.util.Set;

/**
 * For view-model tests on the synchronous executor: the app follows an accepted operation inline until it ends, and
 * on the manual clock it would never end. This moves the emulator's clock past every lifecycle as soon as a compute
 * event shows a compute in transition (which the follower publishes once ARM accepted), so the follow then ends.
 */
public final class OperationsEndOnAcceptance {
    private static final Set<ProvisioningState> BUSY = Set.of(ProvisioningState.CREATING, ProvisioningState.UPDATING,
            ProvisioningState.DELETING);
    private static final Set<ComputeInstanceState> BUSY_INSTANCE = Set.of(ComputeInstanceState.CREATING,
            ComputeInstanceState.STARTING, ComputeInstanceState.STOPPING, ComputeInstanceState.RESTARTING,
            ComputeInstanceState.DELETING);

    private OperationsEndOnAcceptance() {
    }

    public static void install(EmulatorFixture fixture, ComputeEvents events) {
        events.addListener(change -> {
            if (change.compute() != null && inTransition(change.compute())) {
                fixture.tick(Duration.ofMinutes(1));
            }
        });
    }

    public static boolean inTransition(ComputeResource c) {
        if (c.properties() == null) {
            return false;
        }
        if (c.properties().provisioningState() != null && BUSY.contains(c.properties().provisioningState())) {
            return true;
        }
        return c.properties() instanceof ComputeInstanceProperties ci && ci.properties() != null
                && BUSY_INSTANCE.contains(ci.properties().state());
    }
}

package dev.computedesk.ui.common;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.model.ArmError;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The follower's own rules: which failures leave the outcome unknown, and the state shown when a read lags. */
class OperationFollowerTest {
    private EmulatorFixture fx;

    @BeforeEach
    void open() {
        fx = EmulatorFixture.start();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static ArmException answer(int status, String code) {
        return new ArmException(status, ArmError.of(code, "m"), "req-1", null, null);
    }

    @Test
    void aLostReplyAnUnreadable2xxOrAConflictLeaveTheOutcomeUnknownButARefusalDoesNot() {
        assertThat(OperationFollower.outcomeUnknown(answer(0, "NoResponse"))).isTrue();
        assertThat(OperationFollower.outcomeUnknown(answer(202, "InvalidResponseBody"))).isTrue();
        assertThat(OperationFollower.outcomeUnknown(answer(409, "Conflict"))).isTrue();
        assertThat(OperationFollower.outcomeUnknown(new UncheckedIOException(new IOException("reset")))).isTrue();
        assertThat(OperationFollower.outcomeUnknown(answer(400, "BadRequest"))).isFalse();
        assertThat(OperationFollower.outcomeUnknown(answer(403, "AuthorizationFailed"))).isFalse();
        assertThat(OperationFollower.outcomeUnknown(answer(500, "InternalServerError"))).isFalse();
    }

    @Test
    void whenTheReadAfterAcceptanceLagsTheRowTakesTheActionsTransitionalStateAndKeepsTheRest() {
        ComputeResource running = fx.connection().computes().get(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH);

        ComputeResource stopping = OperationFollower.withTransitionalState(running, OperationFollower.Action.STOP);

        assertThat(((ComputeInstanceProperties) stopping.properties()).properties().state())
                .isEqualTo(ComputeInstanceState.STOPPING);
        assertThat(stopping.id()).isEqualTo(running.id());
        assertThat(((ComputeInstanceProperties) stopping.properties()).properties().vmSize())
                .isEqualTo(((ComputeInstanceProperties) running.properties()).properties().vmSize());
        assertThat(stopping.properties().createdOn()).isEqualTo(running.properties().createdOn());

        ComputeResource cluster = fx.connection().computes().get(fx.demoWorkspace(), DemoSeed.CLUSTER_IDLE);
        assertThat(OperationFollower.withTransitionalState(cluster, OperationFollower.Action.DELETE).properties()
                .provisioningState()).isEqualTo(ProvisioningState.DELETING);
    }

    @Test
    void keysIgnoreCase() {
        assertThat(OperationFollower.key(fx.demoWorkspace(), "CI-A"))
                .isEqualTo(OperationFollower.key(fx.demoWorkspace(), "ci-a"))
                .endsWith("/computes/ci-a");
    }
}

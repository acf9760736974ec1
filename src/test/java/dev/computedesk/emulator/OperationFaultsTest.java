package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fault kinds "operationFailure", "replyLost" and "malformedBody" (UI-CONTRACT.md), through the admin route. */
class OperationFaultsTest extends EmulatorTestSupport {
    final String instance = compute(DemoSeed.WORKSPACE, DemoSeed.CI_RUNNING_SSH);

    private String statusPath(ArmTestClient.Res accepted) {
        URI uri = URI.create(accepted.header("Azure-AsyncOperation").orElseThrow());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void anOperationFailureIsAcceptedThenItsStatusSaysFailedAndTheInstanceIsBackAsItWas() {
        assertThat(arm.post("/_emulator/faults", Map.of("method", "POST", "pathRegex", "/stop$",
                "operationFailure", Map.of("code", "VmStopFailed", "message", "The VM agent did not answer.")))
                .status()).isEqualTo(204);

        var accepted = arm.post(ml(instance + "/stop"));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(arm.get(ml(instance)).body().path("properties").path("properties").path("state").asText())
                .isEqualTo("Stopping");
        assertThat(arm.get(statusPath(accepted)).body().path("status").asText()).isEqualTo("InProgress");

        tick(10);

        var status = arm.get(statusPath(accepted)).body();
        assertThat(status.path("status").asText()).isEqualTo("Failed");
        assertThat(status.path("error").path("code").asText()).isEqualTo("VmStopFailed");
        assertThat(status.path("error").path("message").asText()).isEqualTo("The VM agent did not answer.");
        assertThat(arm.get(ml(instance)).body().path("properties").path("properties").path("state").asText())
                .isEqualTo("Running");
        // The fault was used up: the next stop succeeds.
        var next = arm.post(ml(instance + "/stop"));
        tick(10);
        assertThat(arm.get(statusPath(next)).body().path("status").asText()).isEqualTo("Succeeded");
    }

    @Test
    void aLostReplyComesAfterTheEmulatorActed() {
        arm.post("/_emulator/faults", Map.of("method", "POST", "pathRegex", "/stop$", "replyLost", true));

        assertThatThrownBy(() -> arm.post(ml(instance + "/stop"))).isInstanceOf(UncheckedIOException.class);

        assertThat(arm.get(ml(instance)).body().path("properties").path("properties").path("state").asText())
                .isEqualTo("Stopping");
    }

    @Test
    void aMalformedBodyIsNotJsonButTheCallWasHandled() {
        arm.post("/_emulator/faults", Map.of("method", "GET", "pathRegex", "/computes/" + DemoSeed.CI_STOPPED + "$",
                "malformedBody", true));
        assertThatThrownBy(() -> arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED))))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED))).body()).isNotNull();
    }
}

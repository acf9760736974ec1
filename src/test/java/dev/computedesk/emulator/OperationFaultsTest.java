package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault kinds added after the first release (docs/ui-contract.md): {@code operationFailure}, {@code replyLost},
 * {@code malformedBody}, and ARM's codes for an injected 401, 403 or 404; plus the answers of an accepted operation
 * as the recordings of real ARM show them (202, empty body, status URL InProgress then the end).
 */
class OperationFaultsTest extends EmulatorTestSupport {
    private static final String WS = DemoSeed.WORKSPACE;
    private final String ci = compute(WS, DemoSeed.CI_RUNNING_SSH);

    private JsonNode get(String path) {
        return arm.get(ml(path)).body();
    }

    private String state() {
        return get(ci).at("/properties/properties/state").asText();
    }

    @Test
    void anAcceptedStopAnswersAsRealArmThenItsStatusUrlEndsSucceeded() {
        var stop = arm.post(ml(ci + "/stop"));
        assertThat(stop.status()).isEqualTo(202);
        assertThat(stop.raw()).isEmpty();
        String status = stop.header("Azure-AsyncOperation").orElseThrow();
        assertThat(status).contains("/providers/Microsoft.MachineLearningServices/locations/" + DemoSeed.LOCATION
                + "/computeOperationsStatus/").contains("?api-version=2026-07-01");
        assertThat(stop.header("Location").orElseThrow()).contains("/computeOperationsResults/");
        assertThat(stop.header("Retry-After")).isPresent();

        JsonNode running = arm.get(status).body();
        assertThat(running.path("status").asText()).isEqualTo("InProgress");
        assertThat(running.path("id").asText()).endsWith("/computeOperationsStatus/" + running.path("name").asText());
        assertThat(running.path("startTime").asText()).isNotBlank();
        assertThat(running.has("endTime")).isFalse();
        assertThat(state()).isEqualTo("Stopping");

        tick(60);
        JsonNode done = arm.get(status).body();
        assertThat(done.path("status").asText()).isEqualTo("Succeeded");
        assertThat(done.path("endTime").asText()).isNotBlank();
        assertThat(done.has("error")).isFalse();
        assertThat(state()).isEqualTo("Stopped");
    }

    @Test
    void aFailedStopEndsFailedWithTheInjectedErrorAndLeavesTheInstanceRunning() {
        assertThat(arm.post("/_emulator/faults", Map.of("method", "POST", "pathRegex", "/stop$",
                "operationFailure", Map.of("code", "VmStopFailed", "message", "The VM did not stop.")))
                .status()).isEqualTo(204);
        // A call that starts no operation does not use the fault up.
        assertThat(arm.post(ml(compute(WS, DemoSeed.ATTACHED_VM) + "/listKeys")).status()).isEqualTo(200);

        var stop = arm.post(ml(ci + "/stop"));
        assertThat(stop.status()).isEqualTo(202);
        assertThat(state()).isEqualTo("Stopping");
        String status = stop.header("Azure-AsyncOperation").orElseThrow();
        assertThat(arm.get(status).body().path("status").asText()).isEqualTo("InProgress");

        tick(60);
        JsonNode failed = arm.get(status).body();
        assertThat(failed.path("status").asText()).isEqualTo("Failed");
        assertThat(failed.at("/error/code").asText()).isEqualTo("VmStopFailed");
        assertThat(failed.at("/error/message").asText()).isEqualTo("The VM did not stop.");
        assertThat(state()).isEqualTo("Running");
        assertThat(get(ci).at("/properties/properties/lastOperation/operationStatus").asText()).isEqualTo("StopFailed");
        // Through Location, the failure is ARM's error envelope.
        var result = arm.get(stop.header("Location").orElseThrow());
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.code()).isEqualTo("VmStopFailed");

        // Used up: the next stop succeeds.
        var again = arm.post(ml(ci + "/stop"));
        tick(60);
        assertThat(arm.get(again.header("Azure-AsyncOperation").orElseThrow()).body().path("status").asText())
                .isEqualTo("Succeeded");
        assertThat(state()).isEqualTo("Stopped");
    }

    @Test
    void aFailedCreateLeavesTheComputeFailedWithThatError() {
        emulator.injectFault(Fault.operationFailure("PUT", "/computes/cl-doomed$", 1, "AllocationFailed",
                "No capacity for Standard_DS2_v2."));
        var created = arm.put(ml(compute(DemoSeed.WORKSPACE_2, "cl-doomed")),
                ComputeApiTest.clusterBody("Standard_DS2_v2", 0, 2));
        assertThat(created.status()).isEqualTo(201);
        String status = created.header("Azure-AsyncOperation").orElseThrow();
        tick(60);
        assertThat(arm.get(status).body().at("/error/code").asText()).isEqualTo("AllocationFailed");
        JsonNode got = get(compute(DemoSeed.WORKSPACE_2, "cl-doomed"));
        assertThat(got.at("/properties/provisioningState").asText()).isEqualTo("Failed");
        assertThat(got.at("/properties/provisioningErrors/0/error/code").asText()).isEqualTo("AllocationFailed");
        assertThat(got.at("/properties/provisioningErrors/0/error/message").asText())
                .isEqualTo("No capacity for Standard_DS2_v2.");
    }

    @Test
    void aFailedDeleteLeavesTheComputeAsItWas() {
        emulator.injectFault(Fault.operationFailure("DELETE", "/computes/", 1, "DeleteFailed", "Could not delete."));
        var delete = arm.delete(ml(ci) + "&underlyingResourceAction=Delete");
        assertThat(delete.status()).isEqualTo(202);
        assertThat(state()).isEqualTo("Deleting");
        tick(60);
        assertThat(arm.get(delete.header("Azure-AsyncOperation").orElseThrow()).body().path("status").asText())
                .isEqualTo("Failed");
        assertThat(state()).isEqualTo("Running");
        assertThat(get(ci).at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
    }

    @Test
    void aLostReplyHasActedAlthoughNoAnswerCame() {
        emulator.injectFault(Fault.replyLost("POST", "/stop$", 1));
        assertThatThrownBy(() -> arm.post(ml(ci + "/stop"))).isInstanceOf(UncheckedIOException.class);
        assertThat(state()).isEqualTo("Stopping");
        tick(60);
        assertThat(state()).isEqualTo("Stopped");
    }

    @Test
    void aMalformedBodyKeepsItsStatusButIsNotJson() {
        arm.post("/_emulator/faults", Map.of("method", "GET", "pathRegex", "/computes/" + DemoSeed.CI_RUNNING_SSH
                + "$", "malformedBody", true));
        arm.lenientJson = true;
        var res = arm.get(ml(ci));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body()).isNull();
        assertThat(res.raw()).isNotBlank().startsWith("{");
        // Only once.
        assertThat(arm.get(ml(ci)).body()).isNotNull();
    }

    @Test
    void injected401403And404AnswerArmsCodes() {
        String list = ml(ArmTestClient.computes(WS));
        emulator.injectFault(Fault.status("GET", "/computes$", 1, 401, 0));
        var unauthenticated = arm.get(list);
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.code()).isEqualTo("AuthenticationFailed");
        assertThat(unauthenticated.header("WWW-Authenticate")).isPresent();

        emulator.injectFault(Fault.status("GET", "/computes$", 1, 403, 0));
        var forbidden = arm.get(list);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("AuthorizationFailed");
        assertThat(forbidden.message())
                .contains("perform action 'Microsoft.MachineLearningServices/workspaces/computes/read'");

        emulator.injectFault(Fault.status("GET", "/computes$", 1, 404, 0));
        var missing = arm.get(list);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("ResourceNotFound");
        assertThat(arm.get(list).status()).isEqualTo(200);
    }

    @Test
    void theAdminRouteRefusesAnOperationFailureWithoutACode() {
        assertThat(arm.post("/_emulator/faults", Map.of("pathRegex", "/stop$", "operationFailure",
                Map.of("message", "no code"))).status()).isEqualTo(400);
        assertThat(arm.post("/_emulator/faults", Map.of("pathRegex", "/stop$", "status", 200)).status())
                .isEqualTo(400);
        assertThat(arm.post("/_emulator/faults", Map.of("pathRegex", "/stop$", "replyLost", true)).status())
                .isEqualTo(204);
    }
}

package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faults through the in-process API and the admin routes of docs/ui-contract.md. */
class FaultInjectionTest extends EmulatorTestSupport {
    final String list = ml(ArmTestClient.computes(DemoSeed.WORKSPACE));

    @Test
    void statusFaultsAnswerTheNextNMatchingCallsThenStop() {
        emulator.injectFault(Fault.status("GET", "/computes$", 2, 429, 1));
        var first = arm.get(list);
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.code()).isEqualTo("TooManyRequests");
        assertThat(first.header("Retry-After")).contains("1");
        // Another path or method does not match and does not use up the fault.
        assertThat(arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED))).status()).isEqualTo(200);
        assertThat(arm.get(list).status()).isEqualTo(429);
        assertThat(arm.get(list).status()).isEqualTo(200);
    }

    @Test
    void adminRouteFaultsWithEachStatus() {
        assertThat(arm.post("/_emulator/faults", Map.of("method", "GET", "pathRegex", "/computes$", "count", 1,
                "status", 500)).status()).isEqualTo(204);
        var five = arm.get(list);
        assertThat(five.status()).isEqualTo(500);
        assertThat(five.code()).isEqualTo("InternalServerError");
        arm.post("/_emulator/faults", Map.of("pathRegex", "computes", "status", 503, "retryAfterSeconds", 0));
        var unavailable = arm.get(list);
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.code()).isEqualTo("ServiceUnavailable");
        arm.post("/_emulator/faults", Map.of("pathRegex", "computes", "count", 5, "status", 429));
        assertThat(arm.delete("/_emulator/faults").status()).isEqualTo(204);
        assertThat(arm.get(list).status()).isEqualTo(200);
        assertThat(arm.post("/_emulator/faults", Map.of("pathRegex", "([", "status", 500)).status()).isEqualTo(400);
    }

    @Test
    void aDroppedConnectionGetsNoAnswer() {
        // A POST, because the JDK client silently retries an idempotent GET once on a dropped connection.
        String keys = ml(compute(DemoSeed.WORKSPACE, DemoSeed.ATTACHED_VM) + "/listKeys");
        emulator.injectFault(Fault.drop("POST", "/listKeys$", 1));
        assertThatThrownBy(() -> arm.post(keys)).isInstanceOf(UncheckedIOException.class);
        assertThat(arm.post(keys).status()).isEqualTo(200);
    }

    @Test
    void aDelayedCallStillAnswersNormally() {
        arm.post("/_emulator/faults", Map.of("method", "GET", "pathRegex", "/computes$", "delayMs", 50));
        var res = arm.get(list);
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body().path("value").size()).isGreaterThan(10);
    }

    @Test
    void aProvisioningFailureThroughTheAdminRoute() {
        arm.post("/_emulator/faults", Map.of("method", "PUT", "pathRegex", "/computes/doomed", "provisioningFailure", true));
        var created = arm.put(ml(compute(DemoSeed.WORKSPACE_2, "doomed")),
                ComputeApiTest.clusterBody("Standard_DS2_v2", 0, 2));
        assertThat(created.status()).isEqualTo(201);
        tick(60);
        var got = arm.get(ml(compute(DemoSeed.WORKSPACE_2, "doomed"))).body();
        assertThat(got.at("/properties/provisioningState").asText()).isEqualTo("Failed");
        assertThat(got.at("/properties/provisioningErrors/0/error/code").asText()).isEqualTo("ProvisioningFailed");
        assertThat(got.at("/properties/provisioningErrors/0/error/message").asText())
                .contains("the allocation of Standard_DS2_v2 failed in " + DemoSeed.LOCATION);
        // A failed compute can be deleted, and a second create is not affected.
        assertThat(arm.delete(ml(compute(DemoSeed.WORKSPACE_2, "doomed")) + "&underlyingResourceAction=Delete").status())
                .isEqualTo(202);
    }

    @Test
    void aMalformedBodyAnswersWhatTheCallDidInTextThatIsNotJson() {
        arm.post("/_emulator/faults", Map.of("method", "GET", "pathRegex", "/computes$", "malformedBody", true));
        // The test client parses every body: a body that is not JSON fails that parse.
        assertThatThrownBy(() -> arm.get(list)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(arm.get(list).status()).isEqualTo(200);
    }

    @Test
    void aProvisioningFailureNamesTheSizeEachTypeAskedForAndNeverNull() {
        String sub = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID;
        String poolId = sub + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces/"
                + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR + "/bigDataPools/" + DemoSeed.SPARK_POOL_TEAM;
        String aksId = DemoSeed.resourceGroupId() + "/providers/Microsoft.ContainerService/managedClusters/"
                + DemoSeed.AKS_RESOURCE;
        emulator.injectFault(Fault.provisioningFailure("/computes/doomed-", 3));
        assertThat(arm.put(ml(compute(DemoSeed.WORKSPACE_2, "doomed-spark")),
                ComputeApiTest.attachBody("SynapseSpark", poolId)).status()).isEqualTo(201);
        assertThat(arm.put(ml(compute(DemoSeed.WORKSPACE_2, "doomed-k8s")),
                ComputeApiTest.attachBody("Kubernetes", aksId)).status()).isEqualTo(201);
        assertThat(arm.put(ml(compute(DemoSeed.WORKSPACE_2, "doomed-ci")),
                ComputeApiTest.instanceBody("Standard_DS3_v2")).status()).isEqualTo(201);
        tick(3600);

        String spark = failureMessage("doomed-spark");
        assertThat(spark).contains(" Spark nodes").doesNotContain("null");
        assertThat(failureMessage("doomed-k8s")).contains("the allocation of its resources failed")
                .doesNotContain("null");
        assertThat(failureMessage("doomed-ci")).contains("the allocation of Standard_DS3_v2 failed");
    }

    private String failureMessage(String name) {
        var got = arm.get(ml(compute(DemoSeed.WORKSPACE_2, name))).body();
        assertThat(got.at("/properties/provisioningState").asText()).isEqualTo("Failed");
        return got.at("/properties/provisioningErrors/0/error/message").asText();
    }
}

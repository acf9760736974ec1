package dev.computedesk.azure.it;

import dev.computedesk.testing.EmulatorFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AuthenticationRequiredException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline's retry, recording and error handling against the emulator's injected faults. */
class PipelineEmulatorTest {
    private static EmulatorFixture fx;
    private static final String COMPUTE = "/computes/" + DemoSeed.CI_RUNNING_SSH + "$";

    @BeforeAll
    static void start() {
        fx = EmulatorFixture.start();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @AfterEach
    void clearFaults() {
        fx.emulator().clearFaults();
    }

    private static ComputeResource getCompute() {
        return fx.connection().computes().get(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH);
    }

    @Test
    void throttledCallIsRetriedAfterItsRetryAfter() {
        fx.emulator().injectFault(Fault.status("GET", COMPUTE, 1, 429, 1));
        // The fixture caps one wait at 300 ms; this connection honours the full second.
        var patient = new dev.computedesk.azure.connect.ConnectionFactory(EmulatorFixture.testOptions()
                .withMaxRetryAfter(java.time.Duration.ofSeconds(5))).emulator(fx.emulator().baseUrl(), fx.emulator().token());
        long t0 = System.nanoTime();
        EmulatorFixture.Recorded<ComputeResource> r = EmulatorFixture.recorded(
                () -> patient.computes().get(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH));
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;

        assertThat(r.value().name()).isEqualTo(DemoSeed.CI_RUNNING_SSH);
        assertThat(r.calls()).extracting(CallRecord::status).containsExactly(429, 200);
        // The 1 s Retry-After was waited (a lower bound only: a slow machine cannot fail this).
        assertThat(elapsedMs).isGreaterThanOrEqualTo(950);
        assertThat(r.calls().get(1).startedAt()).isAfterOrEqualTo(r.calls().get(0).startedAt().plusMillis(950));
    }

    @Test
    void throttledPostIsRetriedToo() {
        fx.emulator().injectFault(Fault.status("POST", "/listKeys$", 1, 429, 1));
        EmulatorFixture.Recorded<ComputeSecrets> r = EmulatorFixture.recorded(
                () -> fx.connection().computes().listKeys(fx.demoWorkspace(), DemoSeed.AKS_CLUSTER));
        assertThat(r.value()).isNotNull();
        assertThat(r.calls()).extracting(CallRecord::status).containsExactly(429, 200);
    }

    @Test
    void serverErrorOnGetIsRetried() {
        fx.emulator().injectFault(Fault.status("GET", COMPUTE, 1, 503, 0));
        EmulatorFixture.Recorded<ComputeResource> r = EmulatorFixture.recorded(PipelineEmulatorTest::getCompute);
        assertThat(r.value()).isNotNull();
        assertThat(r.calls()).extracting(CallRecord::status).containsExactly(503, 200);
    }

    @Test
    void serverErrorOnPostIsNotRetried() {
        fx.emulator().injectFault(Fault.status("POST", "/listKeys$", 1, 500, 0));
        List<CallRecord> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var scope = dev.computedesk.azure.http.CallScope.open(calls::add)) {
            assertThatThrownBy(() -> fx.connection().computes().listKeys(fx.demoWorkspace(), DemoSeed.AKS_CLUSTER))
                    .isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.code()).isEqualTo("InternalServerError");
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
        assertThat(calls).extracting(CallRecord::status).containsExactly(500);
    }

    @Test
    void droppedConnectionOnGetIsRetriedAndRecordedAsNoResponse() {
        // Two drops: the JDK client itself repeats an idempotent request once on a closed connection, so the
        // second drop is what reaches the pipeline's retry policy.
        fx.emulator().injectFault(Fault.drop("GET", COMPUTE, 2));
        EmulatorFixture.Recorded<ComputeResource> r = EmulatorFixture.recorded(PipelineEmulatorTest::getCompute);
        assertThat(r.value()).isNotNull();
        List<Integer> statuses = r.calls().stream().map(CallRecord::status).collect(java.util.stream.Collectors.toList());
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(2).endsWith(200);
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(0);
        assertThat(r.calls().get(0).failure()).isNotBlank();
    }

    @Test
    void droppedConnectionOnPostIsNotRetried() {
        fx.emulator().injectFault(Fault.drop("POST", "/listKeys$", 1));
        List<CallRecord> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var scope = dev.computedesk.azure.http.CallScope.open(calls::add)) {
            assertThatThrownBy(() -> fx.connection().computes().listKeys(fx.demoWorkspace(), DemoSeed.AKS_CLUSTER))
                    .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.httpStatus()).isZero());
        }
        assertThat(calls).hasSize(1);
    }

    @Test
    void recordsEachCallForTheActivityLog() {
        EmulatorFixture.Recorded<ComputeResource> r = EmulatorFixture.recorded(PipelineEmulatorTest::getCompute);
        CallRecord call = r.calls().get(0);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo("/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/"
                + DemoSeed.RESOURCE_GROUP + "/providers/Microsoft.MachineLearningServices/workspaces/"
                + DemoSeed.WORKSPACE + "/computes/" + DemoSeed.CI_RUNNING_SSH + "?api-version=2026-07-01");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.requestId()).isNotBlank();
        assertThat(call.correlationId()).isNotBlank();
        assertThat(call.duration().isNegative()).isFalse();
        assertThat(call.failure()).isNull();
    }

    @Test
    void wrongTokenIs401AndAsksForSignInAgain() {
        String forged = fx.emulator().token().replace(".", ".x") ;
        String tokenWithSameClaims = fx.emulator().token().substring(0, fx.emulator().token().length() - 1) + "x";
        AzureConnection stale = new ConnectionFactory(EmulatorFixture.testOptions())
                .emulator(fx.emulator().baseUrl(), tokenWithSameClaims);
        assertThat(forged).isNotEqualTo(fx.emulator().token());
        assertThatThrownBy(() -> stale.computes().list(fx.demoWorkspace()))
                .isInstanceOfSatisfying(AuthenticationRequiredException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("AuthenticationFailed");
                });
    }

    @Test
    void unknownWorkspaceIs404() {
        WorkspaceRef missing = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, "ws-nowhere",
                DemoSeed.LOCATION);
        assertThatThrownBy(() -> fx.connection().computes().list(missing))
                .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    /**
     * The emulator has no fault that garbles a body, so a loopback stub plays a service answering 200 with a body
     * that is not JSON, and one whose JSON does not fit the model.
     */
    @Test
    void malformedBodyIsAnArmExceptionNotACrash() throws Exception {
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", ex -> {
            byte[] body = (ex.getRequestURI().getPath().endsWith("/computes")
                    ? "{\"value\": [ {\"name\": 42, \"properties\": \"not an object\"} ]"
                    : "<html>not json</html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.getResponseHeaders().add("x-ms-request-id", "stub-request");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        stub.start();
        try {
            AzureConnection c = new ConnectionFactory(EmulatorFixture.testOptions()).emulator(
                    URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/"), fx.emulator().token());
            assertThatThrownBy(() -> c.computes().get(fx.demoWorkspace(), "x"))
                    .isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.code()).isEqualTo("InvalidResponseBody");
                        assertThat(e.requestId()).isEqualTo("stub-request");
                    });
            assertThatThrownBy(() -> c.computes().list(fx.demoWorkspace()))
                    .isInstanceOfSatisfying(ArmException.class,
                            e -> assertThat(e.code()).isEqualTo("InvalidResponseBody"));
        } finally {
            stub.stop(0);
        }
    }
}

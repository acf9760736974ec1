package dev.computedesk.azure.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.OperationFailedException;
import dev.computedesk.azure.OperationNoLongerFollowedException;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.DataFactoryProperties;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every followed operation (create, scale, start, stop, restart, delete, detach) through the client against the
 * emulator, on its manual clock: it reaches Succeeded; an {@code operationFailure} ends it with ARM's code, message
 * and the accepted request's id; a 429 or a dropped connection on the status URL is retried to the real end; and
 * the bad answers (404 status URL, malformed status body, a status that never ends, a Retry-After of hours) end
 * following with a clear exception.
 */
class FollowedOperationsEmulatorTest {
    private static final String STATUS = "/computeOperationsStatus/";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static EmulatorFixture fx;
    private static ComputeClient computes;

    /** A fresh emulator per test, so the computes each test makes never exhaust the demo quota. */
    @BeforeEach
    void start() {
        fx = EmulatorFixture.start();
        computes = fx.connection().computes();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static WorkspaceRef ws() {
        return fx.demoWorkspace();
    }

    private static void tick() {
        fx.tick(Duration.ofHours(1));
    }

    private static <T> T finish(ArmOperation<T> op) {
        tick();
        return op.waitForCompletion();
    }

    private static ComputeResource instanceBody() {
        return ComputeResource.request(DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null,
                ComputeInstanceSettings.forCreate("Standard_DS3_v2", null, null, null, null, null, null, null, null)));
    }

    private static ComputeResource clusterBody() {
        return ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(null, null,
                AmlComputeSettings.forCreate("Standard_DS2_v2", "Dedicated", "Linux", new ScaleSettings(2, 0, "PT2M"),
                        null, null, "NotSpecified", true)));
    }

    private static ComputeInstanceState state(String name) {
        return ((ComputeInstanceProperties) computes.get(ws(), name).properties()).properties().state();
    }

    private static int maxNodes(String name) {
        return ((AmlComputeProperties) computes.get(ws(), name).properties()).properties().scaleSettings()
                .maxNodeCount();
    }

    /** One followed operation: how to prepare its compute, start it, and what the end looks like. */
    enum Kind {
        CREATE("PUT", "") {
            @Override
            void prepare(String name) {
            }

            @Override
            ArmOperation<?> begin(String name) {
                return computes.createOrUpdate(ws(), name, instanceBody());
            }

            @Override
            void succeeded(String name) {
                assertThat(computes.get(ws(), name).properties().provisioningState())
                        .isEqualTo(ProvisioningState.SUCCEEDED);
            }

            @Override
            void failed(String name) {
                assertThat(computes.get(ws(), name).properties().provisioningState()).isEqualTo(ProvisioningState.FAILED);
            }
        },
        SCALE("PATCH", "") {
            @Override
            void prepare(String name) {
                finish(computes.createOrUpdate(ws(), name, clusterBody()));
            }

            @Override
            ArmOperation<?> begin(String name) {
                return computes.updateScaleSettings(ws(), name, new ScaleSettings(3, 0, "PT5M"));
            }

            @Override
            void succeeded(String name) {
                assertThat(maxNodes(name)).isEqualTo(3);
            }

            @Override
            void failed(String name) {
                assertThat(maxNodes(name)).isEqualTo(2);
            }
        },
        START("POST", "/start") {
            @Override
            void prepare(String name) {
                finish(computes.createOrUpdate(ws(), name, instanceBody()));
                finish(computes.stop(ws(), name));
            }

            @Override
            ArmOperation<?> begin(String name) {
                return computes.start(ws(), name);
            }

            @Override
            void succeeded(String name) {
                assertThat(state(name)).isEqualTo(ComputeInstanceState.RUNNING);
            }

            @Override
            void failed(String name) {
                assertThat(state(name)).isEqualTo(ComputeInstanceState.STOPPED);
            }
        },
        STOP("POST", "/stop") {
            @Override
            ArmOperation<?> begin(String name) {
                return computes.stop(ws(), name);
            }

            @Override
            void succeeded(String name) {
                assertThat(state(name)).isEqualTo(ComputeInstanceState.STOPPED);
            }

            @Override
            void failed(String name) {
                assertThat(state(name)).isEqualTo(ComputeInstanceState.RUNNING);
            }
        },
        RESTART("POST", "/restart") {
            @Override
            ArmOperation<?> begin(String name) {
                return computes.restart(ws(), name);
            }

            @Override
            void succeeded(String name) {
                assertThat(state(name)).isEqualTo(ComputeInstanceState.RUNNING);
            }

            @Override
            void failed(String name) {
                assertThat(state(name)).isEqualTo(ComputeInstanceState.RUNNING);
            }
        },
        DELETE("DELETE", "") {
            @Override
            ArmOperation<?> begin(String name) {
                return computes.delete(ws(), name, UnderlyingResourceAction.DELETE);
            }

            @Override
            void succeeded(String name) {
                assertThat(computes.find(ws(), name)).isEmpty();
            }

            @Override
            void failed(String name) {
                assertThat(computes.find(ws(), name)).isPresent();
            }
        },
        DETACH("DELETE", "") {
            @Override
            void prepare(String name) {
                finish(computes.createOrUpdate(ws(), name, ComputeResource.request(DemoSeed.LOCATION, null,
                        DataFactoryProperties.forRequest("attached by a test", null))));
            }

            @Override
            ArmOperation<?> begin(String name) {
                return computes.delete(ws(), name, UnderlyingResourceAction.DETACH);
            }

            @Override
            void succeeded(String name) {
                assertThat(computes.find(ws(), name)).isEmpty();
            }

            @Override
            void failed(String name) {
                assertThat(computes.find(ws(), name)).isPresent();
            }
        };

        final String method;
        final String action;

        Kind(String method, String action) {
            this.method = method;
            this.action = action;
        }

        /** Brings a new compute {@code name} to the state the operation starts from (default: a running instance). */
        void prepare(String name) {
            finish(computes.createOrUpdate(ws(), name, instanceBody()));
        }

        abstract ArmOperation<?> begin(String name);

        abstract void succeeded(String name);

        abstract void failed(String name);

        String newName() {
            return "op-" + toString().toLowerCase(java.util.Locale.ROOT) + "-" + SEQ.incrementAndGet() + "x";
        }

        String acceptingPath(String compute) {
            return "/computes/" + compute + action + "$";
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reachesSucceededThroughTheStatusUrl(Kind kind) {
        String name = kind.newName();
        kind.prepare(name);
        List<OperationStatus> seen = new CopyOnWriteArrayList<>();
        EmulatorFixture.Recorded<Object> run = EmulatorFixture.recorded(() -> {
            ArmOperation<?> op = kind.begin(name);
            op.addListener(seen::add);
            assertThat(op.status().state()).isEqualTo(OperationStatus.State.IN_PROGRESS);
            return finish(op);
        });
        assertThat(seen).extracting(OperationStatus::state).startsWith(OperationStatus.State.IN_PROGRESS)
                .endsWith(OperationStatus.State.SUCCEEDED);
        assertThat(run.calls()).extracting(CallRecord::path).anyMatch(p -> p.contains(STATUS));
        kind.succeeded(name);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anOperationFailureEndsWithArmsErrorAndTheAcceptedRequestId(Kind kind) {
        String name = kind.newName();
        kind.prepare(name);
        fx.emulator().injectFault(Fault.operationFailure(kind.method, kind.acceptingPath(name), 1, "InjectedFailure",
                "The " + kind + " failed in the test."));
        ArmOperation<?> op = kind.begin(name);
        assertThatThrownBy(() -> finish(op)).isInstanceOfSatisfying(OperationFailedException.class, e -> {
            assertThat(e.code()).isEqualTo("InjectedFailure");
            assertThat(e.armMessage()).isEqualTo("The " + kind + " failed in the test.");
            assertThat(e.requestId()).isNotBlank();
            assertThat(e.statusRequestId()).isNotBlank().isNotEqualTo(e.requestId());
            assertThat(e.canceled()).isFalse();
            assertThat(e.getMessage()).startsWith("InjectedFailure: ").contains("(request id " + e.requestId() + ")");
        });
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.FAILED);
        assertThat(op.status().error().code()).isEqualTo("InjectedFailure");
        kind.failed(name);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aThrottledStatusUrlIsRetriedToTheRealEnd(Kind kind) {
        String name = kind.newName();
        kind.prepare(name);
        ArmOperation<?> op = kind.begin(name);
        fx.emulator().injectFault(Fault.status("GET", STATUS, 1, 429, 1));
        EmulatorFixture.Recorded<Object> run = EmulatorFixture.recorded(() -> finish(op));
        assertThat(run.calls()).extracting(CallRecord::status).contains(429);
        kind.succeeded(name);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDroppedConnectionWhilePollingIsRetriedToTheRealEnd(Kind kind) {
        String name = kind.newName();
        kind.prepare(name);
        ArmOperation<?> op = kind.begin(name);
        fx.emulator().injectFault(Fault.drop("GET", STATUS, 2));
        EmulatorFixture.Recorded<Object> run = EmulatorFixture.recorded(() -> finish(op));
        assertThat(run.calls()).anyMatch(c -> c.path().contains(STATUS) && c.status() == 0);
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
        kind.succeeded(name);
    }

    @Test
    void aStatusUrlAnswering404EndsFollowingWithItsRequestId() {
        String name = Kind.STOP.newName();
        Kind.STOP.prepare(name);
        ArmOperation<?> op = computes.stop(ws(), name);
        fx.emulator().injectFault(Fault.status("GET", STATUS, 1, 404, 0));
        assertThatThrownBy(() -> finish(op)).isInstanceOfSatisfying(OperationNoLongerFollowedException.class, e -> {
            assertThat(e.code()).isEqualTo(OperationNoLongerFollowedException.STATUS_UNREADABLE);
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.armMessage()).contains("404 ResourceNotFound")
                    .endsWith(OperationNoLongerFollowedException.NO_LONGER_FOLLOWED);
            assertThat(e.requestId()).isNotBlank().isNotEqualTo(e.acceptedRequestId());
            assertThat(e.acceptedRequestId()).isNotBlank();
        });
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.POLLING_STOPPED);
        // A fresh GET shows the real end.
        assertThat(state(name)).isEqualTo(ComputeInstanceState.STOPPED);
    }

    @Test
    void aMalformedStatusBodyEndsFollowingWithItsRequestId() {
        String name = Kind.RESTART.newName();
        Kind.RESTART.prepare(name);
        ArmOperation<?> op = computes.restart(ws(), name);
        fx.emulator().injectFault(Fault.malformedBody("GET", STATUS, 1));
        assertThatThrownBy(() -> finish(op)).isInstanceOfSatisfying(OperationNoLongerFollowedException.class, e -> {
            assertThat(e.code()).isEqualTo(OperationNoLongerFollowedException.INVALID_STATUS);
            assertThat(e.requestId()).isNotBlank();
            assertThat(e.getMessage()).contains(OperationNoLongerFollowedException.NO_LONGER_FOLLOWED);
        });
    }

    @Test
    void anOperationThatNeverEndsIsFollowedOnlyUntilTheLimit() {
        AzureConnection limited = new ConnectionFactory(EmulatorFixture.testOptions()
                .withFollowLimit(Duration.ofMillis(900)))
                .emulator(fx.emulator().baseUrl(), fx.emulator().token());
        String name = Kind.STOP.newName();
        Kind.STOP.prepare(name);
        // The clock is not moved: the status URL answers InProgress for ever.
        ArmOperation<?> op = limited.computes().stop(ws(), name);
        List<OperationStatus> seen = new CopyOnWriteArrayList<>();
        op.addListener(seen::add);
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(OperationNoLongerFollowedException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(OperationNoLongerFollowedException.FOLLOW_LIMIT_REACHED);
                    assertThat(e.requestId()).isNotBlank();
                    assertThat(e.getMessage()).contains("no longer followed; the operation may still complete in Azure");
                });
        assertThat(seen).extracting(OperationStatus::armStatus).contains("InProgress");
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.POLLING_STOPPED);
        // Asking again answers the same at once, without polling.
        assertThatThrownBy(op::waitForCompletion).isInstanceOf(OperationNoLongerFollowedException.class);
        assertThat(state(name)).isEqualTo(ComputeInstanceState.STOPPING);
        tick();
        assertThat(state(name)).isEqualTo(ComputeInstanceState.STOPPED);
    }

    @Test
    void aRetryAfterOfHoursIsWaitedAsTheConfiguredCap() {
        String name = Kind.START.newName();
        Kind.START.prepare(name);
        ArmOperation<?> op = computes.start(ws(), name);
        fx.emulator().injectFault(Fault.status("GET", STATUS, 1, 429, 7200));
        long t0 = System.nanoTime();
        finish(op);
        // The fixture caps one wait at 300 ms; two hours would never end here.
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
        assertThat(state(name)).isEqualTo(ComputeInstanceState.RUNNING);
    }
}

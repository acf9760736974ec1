package dev.computedesk.ui.sparkpool;

import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, cell 1 in the Spark pool wizard: a name check that got no clear answer (401, 403, garbled, a 503 past
 * the retries) never makes a name free, and the attach asks about the name right before its PUT, so an existing
 * compute never has its pool replaced. (The wizard checks the name with the form kit's {@code NameCheck}, a GET of
 * the name, as every other form does.)
 */
@Timeout(60)
class SparkPoolNameKnownFreeTest {
    private static final String EXISTING = DemoSeed.ATTACHED_SYNAPSE_SPARK;
    private static final String CHECK_PATH = "/computes/" + EXISTING + "$";

    private EmulatorFixture fixture;
    private final OperationLog operations = new OperationLog();
    private final List<ComputeEvents.Change> published = new ArrayList<>();
    private SparkPoolWizardViewModel viewModel;
    private String existingPool;

    @BeforeEach
    void start() {
        fixture = EmulatorFixture.start();
        ComputeEvents events = new ComputeEvents();
        events.addListener(published::add);
        viewModel = new SparkPoolWizardViewModel(TrackingTaskExecutor.synchronous(operations), fixture.connection(),
                fixture.demoWorkspace(), events, text -> { }, url -> { });
        existingPool = poolOf(EXISTING);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    static Stream<Arguments> failedLists() {
        return Stream.of(
                Arguments.of("401", Fault.status("GET", CHECK_PATH, 1, 401, 0),
                        new String[] {"AuthenticationFailed", "401"}),
                Arguments.of("403", Fault.status("GET", CHECK_PATH, 1, 403, 0),
                        new String[] {"AuthorizationFailed", "403"}),
                Arguments.of("garbled", Fault.malformedBody("GET", CHECK_PATH, 1),
                        new String[] {"InvalidResponseBody"}),
                // 1 + the connection's 4 retries, each after the emulator's Retry-After of 1 s.
                Arguments.of("503 past the retries", Fault.status("GET", CHECK_PATH, 5, 503, 1),
                        new String[] {"ServiceUnavailable"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedLists")
    void anUnclearNameCheckNeverCountsAsFree(String cell, Fault fault, String[] code) {
        fixture.emulator().injectFault(fault);
        viewModel.load();
        viewModel.computeNameProperty().set(EXISTING);
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_LARGE);

        assertThat(viewModel.computeNameMessageProperty().get())
                .startsWith("Couldn't check whether the name is free: ").containsAnyOf(code);
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        assertThat(viewModel.canCheckNameAgainProperty().get()).isTrue();
        viewModel.create();
        assertThat(viewModel.attachedProperty().get()).isNull();

        fixture.emulator().clearFaults();
        viewModel.checkNameAgain();

        assertThat(viewModel.computeNameMessageProperty().get())
                .isEqualTo("A compute named '" + EXISTING + "' already exists in this workspace");
        assertThat(viewModel.canCheckNameAgainProperty().get()).isFalse();
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        assertNoPutSent();
        assertThat(poolOf(EXISTING)).as("the existing compute still points to its pool").isEqualTo(existingPool);
    }

    @Test
    void theAttachAsksAboutTheNameRightBeforeItsPut() {
        viewModel.load();
        viewModel.computeNameProperty().set("spark-race");
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_LARGE);
        assertThat(viewModel.canCreateProperty().get()).isTrue();
        // Someone else creates a compute instance under that name after the list was read.
        fixture.connection().computes().createOrUpdate(fixture.demoWorkspace(), "spark-race",
                ComputeResource.request(DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null,
                        ComputeInstanceSettings.forCreate("Standard_DS2_v2", null, null, null, null, null, null,
                                null, null))));

        viewModel.create();

        assertThat(viewModel.attachedProperty().get()).as("never says Attached").isNull();
        assertThat(viewModel.computeNameMessageProperty().get())
                .isEqualTo("A compute named 'spark-race' already exists in this workspace");
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(published).isEmpty();
        assertNoPutSent();
        assertThat(fixture.connection().computes().get(fixture.demoWorkspace(), "spark-race").properties()
                .computeType()).isEqualTo("ComputeInstance");
    }

    @Test
    void anUnclearAnswerRightBeforeThePutSendsNothing() {
        viewModel.load();
        viewModel.computeNameProperty().set("spark-unclear");
        choose(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SPARK_POOL_LARGE);
        fixture.emulator().injectFault(Fault.status("GET", "/computes/spark-unclear$", 1, 403, 0));

        viewModel.create();

        assertThat(viewModel.attachedProperty().get()).isNull();
        assertThat(viewModel.computeNameMessageProperty().get())
                .startsWith("Couldn't check whether the name is free: ");
        assertThat(viewModel.canCheckNameAgainProperty().get()).isTrue();
        assertNoPutSent();
        viewModel.checkNameAgain();
        assertThat(viewModel.canCreateProperty().get()).isTrue();
    }

    private void choose(String synapseWorkspace, String pool) {
        viewModel.synapse().synapseWorkspaceProperty().set(viewModel.synapse().synapseWorkspaces().stream()
                .filter(w -> w.name().equals(synapseWorkspace)).findFirst().orElseThrow());
        viewModel.poolProperty().set(viewModel.pools().stream()
                .filter(p -> p.name().equals(pool)).findFirst().orElseThrow());
    }

    private void assertNoPutSent() {
        assertThat(operations.finished().stream().flatMap(entry -> entry.calls().stream())
                .filter(call -> call.method().equals("PUT")).toList()).isEmpty();
    }

    private String poolOf(String name) {
        return fixture.connection().computes().get(fixture.demoWorkspace(), name).properties().resourceId();
    }
}

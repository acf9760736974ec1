package dev.computedesk.ui.linkedservices;

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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttachPoolsViewModelTest {
    private EmulatorFixture fixture;
    private final OperationLog operations = new OperationLog();
    private final List<ComputeEvents.Change> published = new ArrayList<>();
    private AttachPoolsViewModel viewModel;

    @BeforeEach
    void start() {
        fixture = EmulatorFixture.start();
        ComputeEvents events = new ComputeEvents();
        events.addListener(published::add);
        dev.computedesk.testing.OperationsEndOnAcceptance.install(fixture, events);
        LinkedServiceRow link = LinkedServiceRow.of(fixture.connection().linkedServices()
                .get(fixture.demoWorkspace(), DemoSeed.LINKED_SERVICE));
        viewModel = new AttachPoolsViewModel(TrackingTaskExecutor.synchronous(operations), fixture.connection(),
                fixture.demoWorkspace(), link, events);
        viewModel.load();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private PoolChoice pool(String name) {
        return viewModel.choices().rows().stream().filter(p -> p.poolName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void offersTheLinkedWorkspacesPoolsNamedAfterThemselves() {
        assertThat(viewModel.choices().rows()).extracting(PoolChoice::poolName)
                .containsExactlyInAnyOrder(DemoSeed.SPARK_POOL_SMALL, DemoSeed.SPARK_POOL_LARGE);
        assertThat(pool(DemoSeed.SPARK_POOL_LARGE).computeName()).isEqualTo(DemoSeed.SPARK_POOL_LARGE);
        assertThat(pool(DemoSeed.SPARK_POOL_SMALL).warningProperty().get())
                .isEqualTo("Already attached as '" + DemoSeed.ATTACHED_SYNAPSE_SPARK + "'");
        assertThat(viewModel.canAttachProperty().get()).isFalse();
    }

    @Test
    void eachChosenPoolIsAttachedAndAFailureKeepsItChosenWithArmsAnswer() {
        pool(DemoSeed.SPARK_POOL_LARGE).selectedProperty().set(true);
        pool(DemoSeed.SPARK_POOL_SMALL).selectedProperty().set(true);
        pool(DemoSeed.SPARK_POOL_SMALL).computeNameProperty().set("cpu-small");
        assertThat(viewModel.canAttachProperty().get()).as("free in this workspace").isTrue();

        viewModel.attachSelected();

        assertThat(fixture.connection().computes().get(fixture.demoWorkspace(), DemoSeed.SPARK_POOL_LARGE)
                .properties().resourceId()).endsWith("/bigDataPools/" + DemoSeed.SPARK_POOL_LARGE);
        assertThat(published).extracting(ComputeEvents.Change::computeName).containsOnly(DemoSeed.SPARK_POOL_LARGE);
        assertThat(viewModel.completedProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get().message()).contains("Compute name 'cpu-small' is not available");
        assertThat(pool(DemoSeed.SPARK_POOL_LARGE).isSelected()).as("done, so no longer chosen").isFalse();
        assertThat(pool(DemoSeed.SPARK_POOL_SMALL).isSelected()).as("kept for Retry").isTrue();
        assertThat(viewModel.results()).hasSize(2).anyMatch(line -> line.startsWith("sparksmall \u2192 cpu-small: failed"));
        assertThat(operations.finished()).extracting(e -> e.title())
                .contains("Attaching Spark pool sparklarge as sparklarge", "Attaching Spark pool sparksmall as cpu-small");

        pool(DemoSeed.SPARK_POOL_SMALL).computeNameProperty().set("spark-small");
        viewModel.retry();

        assertThat(viewModel.completedProperty().get()).isTrue();
        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(fixture.connection().computes().find(fixture.demoWorkspace(), "spark-small")).isPresent();
    }

    @Test
    void attachSelectedAsksAboutEachNameRightBeforeItsPutAndNeverUpdatesAnExistingCompute() {
        pool(DemoSeed.SPARK_POOL_LARGE).selectedProperty().set(true);
        pool(DemoSeed.SPARK_POOL_SMALL).selectedProperty().set(true);
        pool(DemoSeed.SPARK_POOL_SMALL).computeNameProperty().set("spark-unclear");
        assertThat(viewModel.canAttachProperty().get()).isTrue();
        // After the step listed the computes, someone else creates one named like the large pool, and the check of
        // the other name gets an answer that says nothing.
        fixture.connection().computes().createOrUpdate(fixture.demoWorkspace(), DemoSeed.SPARK_POOL_LARGE,
                ComputeResource.request(DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null,
                        ComputeInstanceSettings.forCreate("Standard_DS2_v2", null, null, null, null, null, null,
                                null, null))));
        fixture.emulator().injectFault(Fault.status("GET", "/computes/spark-unclear$", 1, 403, 0));

        viewModel.attachSelected();

        assertThat(published).isEmpty();
        assertThat(viewModel.completedProperty().get()).isFalse();
        assertThat(viewModel.results()).containsExactlyInAnyOrder(
                "sparklarge \u2192 sparklarge: failed \u00b7 Attaching sparklarge failed \u00b7 A compute named "
                        + "'sparklarge' already exists in this workspace",
                "sparksmall \u2192 spark-unclear: failed \u00b7 Attaching spark-unclear failed \u00b7 Couldn't "
                        + "check whether the name is free: " + viewModel.results().stream()
                        .filter(line -> line.contains("spark-unclear")).findFirst().orElseThrow()
                        .split("free: ", 2)[1]);
        assertThat(viewModel.errorProperty().get()).isNotNull();
        assertThat(operations.finished().stream().flatMap(entry -> entry.calls().stream())
                .filter(call -> call.method().equals("PUT"))).isEmpty();
        assertThat(fixture.connection().computes().get(fixture.demoWorkspace(), DemoSeed.SPARK_POOL_LARGE)
                .properties().computeType()).isEqualTo("ComputeInstance");
        assertThat(fixture.connection().computes().find(fixture.demoWorkspace(), "spark-unclear")).isEmpty();
    }

    @Test
    void poolsListedShowNoHint() {
        assertThat(viewModel.choices().rows()).isNotEmpty();
        assertThat(viewModel.poolsHint().shownProperty().get()).isFalse();
    }

    @Test
    void aLinkedSynapseWorkspaceWithoutPoolsPointsToItsSynapseStudio() {
        fixture.close();
        fixture = EmulatorFixture.startWithState(EmulatorFixture.withoutResourcesOfType(
                "Microsoft.Synapse/workspaces/bigDataPools"));
        LinkedServiceRow link = LinkedServiceRow.of(fixture.connection().linkedServices()
                .get(fixture.demoWorkspace(), DemoSeed.LINKED_SERVICE));
        AttachPoolsViewModel empty = new AttachPoolsViewModel(TrackingTaskExecutor.synchronous(operations),
                fixture.connection(), fixture.demoWorkspace(), link, new ComputeEvents());
        empty.load();

        assertThat(empty.choices().rows()).isEmpty();
        assertThat(empty.poolsHint().shownProperty().get()).isTrue();
        assertThat(empty.poolsHint().textProperty().get()).startsWith("No Apache Spark pools in "
                + link.synapseWorkspace() + ".");
        assertThat(empty.poolsHint().urlProperty().get()).isEqualTo(
                dev.computedesk.ui.common.form.SparkPools.synapseStudioUrl(link.synapseWorkspaceId()));
    }
}

package dev.computedesk.ui.linkedservices;

import dev.computedesk.testing.ScriptedDialogs;

import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ActivityEntry;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedServicesViewModelTest {
    private EmulatorFixture fixture;
    private final OperationLog operations = new OperationLog();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> clipboard = new ArrayList<>();
    private final ComputeEvents events = new ComputeEvents();
    private WorkspaceContext context;
    private LinkedServicesViewModel viewModel;

    @BeforeEach
    void start() {
        fixture = EmulatorFixture.start();
        dev.computedesk.testing.OperationsEndOnAcceptance.install(fixture, events);
        context = new WorkspaceContext();
        context.connect(fixture.connection());
        viewModel = new LinkedServicesViewModel(TrackingTaskExecutor.synchronous(operations), context, dialogs,
                clipboard::add, events);
        context.selectWorkspace(fixture.demoWorkspace());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void listsTheWorkspaceLinksAndTheSelectedLinksAttachedPools() {
        assertThat(viewModel.links()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo(DemoSeed.LINKED_SERVICE);
            assertThat(row.synapseWorkspace()).isEqualTo(DemoSeed.SYNAPSE_WORKSPACE_OWNER);
            assertThat(row.linkType()).isEqualTo("Synapse");
            // Shown through the one time formatter, never as the raw ISO time ARM sent.
            assertThat(row.created()).contains("2026").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
            assertThat(row.principalId()).isNotEmpty();
        });
        assertThat(viewModel.selectedProperty().get()).as("the first link is shown").isEqualTo(viewModel.links().get(0));
        assertThat(viewModel.attachedPools()).singleElement().satisfies(row -> {
            assertThat(row.computeName()).isEqualTo(DemoSeed.ATTACHED_SYNAPSE_SPARK);
            assertThat(row.poolName()).isEqualTo(DemoSeed.SPARK_POOL_SMALL);
            assertThat(row.state()).isEqualTo("Succeeded");
        });

        viewModel.copyPrincipalId(viewModel.links().get(0));
        assertThat(clipboard).containsExactly(viewModel.links().get(0).principalId());
    }

    @Test
    void followsTheSelectedWorkspace() {
        context.selectWorkspace(new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
                DemoSeed.WORKSPACE_2, DemoSeed.LOCATION));
        assertThat(viewModel.links()).isEmpty();
        assertThat(viewModel.emptyTextProperty().get()).contains("No linked services in " + DemoSeed.WORKSPACE_2,
                "New links are no longer accepted", "Attach Spark pools directly");
        context.selectWorkspace(null);
        assertThat(viewModel.emptyTextProperty().get()).isEqualTo("Select a workspace to see its linked services.");
    }

    @Test
    void aPoolAttachedElsewhereAppearsAtOnceThroughComputeEvents() {
        viewModel.selectedProperty().set(viewModel.links().get(0));
        AttachPoolsViewModel attach = new AttachPoolsViewModel(TrackingTaskExecutor.synchronous(operations),
                fixture.connection(), fixture.demoWorkspace(), viewModel.links().get(0), events);
        attach.load();
        PoolChoice large = attach.choices().rows().stream()
                .filter(p -> p.poolName().equals(DemoSeed.SPARK_POOL_LARGE)).findFirst().orElseThrow();
        assertThat(attach.canAttachProperty().get()).isFalse();
        assertThat(attach.selectionMessageProperty().get()).isEqualTo("Choose at least one Spark pool to attach");
        large.selectedProperty().set(true);
        large.computeNameProperty().set("spark-big");

        attach.attachSelected();

        assertThat(attach.completedProperty().get()).isTrue();
        assertThat(viewModel.attachedPools()).extracting(AttachedPoolRow::computeName)
                .containsExactlyInAnyOrder(DemoSeed.ATTACHED_SYNAPSE_SPARK, "spark-big");
        // The attach is followed to its end before it counts as done (the clock moves once ARM accepted it).
        assertThat(viewModel.attachedPools()).filteredOn(row -> row.computeName().equals("spark-big"))
                .singleElement().extracting(AttachedPoolRow::state).isEqualTo("Succeeded");
        assertThat(viewModel.hasBusyPoolsProperty().get()).isFalse();
        assertThat(operations.finished()).extracting(ActivityEntry::title)
                .contains("Attaching Spark pool sparklarge as spark-big");
    }

    @Test
    void unregisterAsksFirstAndSaysWhatStays() {
        viewModel.selectedProperty().set(viewModel.links().get(0));
        dialogs.answer = false;
        viewModel.unregister();

        assertThat(dialogs.asked).singleElement().satisfies(question -> {
            assertThat(question.confirmLabel()).isEqualTo("Unregister");
            assertThat(question.consequence()).contains("The link and its managed identity are removed")
                    .contains(DemoSeed.SYNAPSE_WORKSPACE_OWNER + " and its Spark pools stay");
        });
        assertThat(fixture.connection().linkedServices().find(fixture.demoWorkspace(), DemoSeed.LINKED_SERVICE))
                .isPresent();
        assertThat(viewModel.links()).hasSize(1);

        dialogs.answer = true;
        viewModel.unregister();

        assertThat(fixture.connection().linkedServices().find(fixture.demoWorkspace(), DemoSeed.LINKED_SERVICE))
                .isEmpty();
        assertThat(viewModel.links()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(operations.finished().get(0).title()).isEqualTo("Unregistering linked service synapse-link");
        assertThat(fixture.connection().computes().find(fixture.demoWorkspace(), DemoSeed.ATTACHED_SYNAPSE_SPARK))
                .as("attached computes stay").isPresent();
    }
}

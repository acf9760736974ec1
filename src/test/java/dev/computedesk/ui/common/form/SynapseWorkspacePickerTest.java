package dev.computedesk.ui.common.form;

import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.WithPermissions;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.form.SynapseWorkspacePicker.Preflight;
import dev.computedesk.ui.common.form.SynapseWorkspacePicker.Requirement;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/** The one subscription → Synapse workspace cascade of both Synapse wizards, and its role pre-flight, against the emulator. */
class SynapseWorkspacePickerTest {
    private EmulatorFixture fixture;
    private final OperationLog operations = new OperationLog();
    private final ObjectProperty<ErrorInfo> errors = new SimpleObjectProperty<>();
    private final Loads loads = new Loads();

    @BeforeEach
    void start() {
        fixture = EmulatorFixture.start();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private SynapseWorkspacePicker picker(Requirement requirement) {
        SynapseWorkspacePicker picker = new SynapseWorkspacePicker(TrackingTaskExecutor.synchronous(operations),
                fixture.connection(), requirement, loads, errors);
        picker.want(DemoSeed.SUBSCRIPTION_ID, null);
        return picker;
    }

    private static void choose(SynapseWorkspacePicker picker, String name) {
        picker.synapseWorkspaceProperty().set(picker.synapseWorkspaces().stream()
                .filter(w -> w.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void listsTheWantedSubscriptionThenItsSynapseWorkspaces() {
        SynapseWorkspacePicker picker = picker(Requirement.CONTRIBUTOR_TO_ATTACH);
        assertThat(picker.validProperty().get()).isFalse();

        picker.load();

        assertThat(picker.subscriptionProperty().get().subscriptionId()).isEqualTo(DemoSeed.SUBSCRIPTION_ID);
        assertThat(picker.synapseWorkspaces()).extracting(SynapseWorkspace::name)
                .contains(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        assertThat(Labels.synapseWorkspace(picker.synapseWorkspaces().get(0))).endsWith(" (rg-synapse)");
        assertThat(picker.synapseWorkspaceProperty().get()).as("none chosen yet").isNull();
        assertThat(picker.validProperty().get()).isFalse();
        assertThat(loads.loadingProperty().get()).isFalse();
        assertThat(errors.get()).isNull();
    }

    @Test
    void theWantedSynapseWorkspaceIsSelectedWhenItsListArrives() {
        SynapseWorkspacePicker picker = picker(Requirement.CONTRIBUTOR_TO_ATTACH);
        String teamId = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID
                + "/resourceGroups/rg-synapse/providers/Microsoft.Synapse/workspaces/"
                + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR;
        picker.want(DemoSeed.SUBSCRIPTION_ID, teamId.toUpperCase(java.util.Locale.ROOT));

        picker.load();

        assertThat(picker.synapseWorkspaceProperty().get().name()).isEqualTo(DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        assertThat(picker.preflightProperty().get()).isEqualTo(Preflight.ALLOWED);
        assertThat(picker.validProperty().get()).isTrue();
    }

    @Test
    void linkingNeedsOwnerWhileAttachingTakesContributor() {
        SynapseWorkspacePicker link = picker(Requirement.OWNER_TO_LINK);
        link.load();
        choose(link, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        assertThat(link.preflightProperty().get()).isEqualTo(Preflight.REFUSED);
        assertThat(link.errorProperty().get()).startsWith("You are Contributor of "
                + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR + ", not Owner");
        assertThat(link.validProperty().get()).isFalse();
        choose(link, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        assertThat(link.preflightProperty().get()).isEqualTo(Preflight.ALLOWED);
        assertThat(link.errorProperty().get()).as("the refusal goes with the workspace it was about").isEmpty();
        assertThat(link.validProperty().get()).isTrue();

        SynapseWorkspacePicker attach = picker(Requirement.CONTRIBUTOR_TO_ATTACH);
        attach.load();
        choose(attach, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        assertThat(attach.preflightProperty().get()).isEqualTo(Preflight.ALLOWED);
        assertThat(attach.errorProperty().get()).isEmpty();
        assertThat(attach.validProperty().get()).isTrue();
        assertThat(operations.finished()).extracting(e -> e.title())
                .contains("Checking your role on Synapse workspace " + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
    }

    @Test
    void noRoleOnTheWorkspaceIsSaidUnderItAndBlocksTheAttach() {
        SynapseWorkspacePicker picker = new SynapseWorkspacePicker(TrackingTaskExecutor.synchronous(operations),
                WithPermissions.noRole(fixture.connection()), Requirement.CONTRIBUTOR_TO_ATTACH, loads, errors);
        picker.want(DemoSeed.SUBSCRIPTION_ID, null);
        picker.load();

        choose(picker, DemoSeed.SYNAPSE_WORKSPACE_OWNER);

        assertThat(picker.preflightProperty().get()).isEqualTo(Preflight.REFUSED);
        assertThat(picker.errorProperty().get()).isEqualTo("You are neither Owner nor Contributor of "
                + DemoSeed.SYNAPSE_WORKSPACE_OWNER + ". Attaching its Spark pools needs one of these roles on the "
                + "Synapse workspace; ask its Owner to grant you Contributor, or to attach the pool.");
        assertThat(picker.validProperty().get()).isFalse();
    }

    @Test
    void aPreflightThatCouldNotRunIsANoteAndLeavesTheAnswerToTheService() {
        SynapseWorkspacePicker picker = picker(Requirement.CONTRIBUTOR_TO_ATTACH);
        picker.load();
        fixture.emulator().injectFault(Fault.status("GET", "roleAssignments", 1, 403, 0));

        choose(picker, DemoSeed.SYNAPSE_WORKSPACE_OWNER);

        assertThat(picker.preflightProperty().get()).isEqualTo(Preflight.UNKNOWN);
        assertThat(picker.noteProperty().get()).startsWith("Your role on " + DemoSeed.SYNAPSE_WORKSPACE_OWNER
                + " could not be checked (").endsWith("Attaching needs Owner or Contributor; the service will "
                + "refuse it otherwise.");
        assertThat(picker.errorProperty().get()).isEmpty();
        assertThat(picker.validProperty().get()).isTrue();
    }

    @Test
    void anAnswerForAWorkspaceTheUserLeftIsDropped() {
        Deque<Runnable> held = new ArrayDeque<>();
        TaskExecutor synchronous = TrackingTaskExecutor.synchronous(operations);
        TaskExecutor deferred = new TaskExecutor() {
            @Override
            public <T> TaskHandle submit(BackgroundTask<T> task) {
                held.add(() -> synchronous.submit(task));
                return new TaskHandle() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
        };
        SynapseWorkspacePicker picker = new SynapseWorkspacePicker(deferred, fixture.connection(),
                Requirement.OWNER_TO_LINK, loads, errors);
        picker.want(DemoSeed.SUBSCRIPTION_ID, null);
        picker.load();
        held.poll().run(); // subscriptions
        held.poll().run(); // Synapse workspaces
        choose(picker, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        Runnable contributorCheck = held.poll();
        choose(picker, DemoSeed.SYNAPSE_WORKSPACE_OWNER);
        Runnable ownerCheck = held.poll();
        assertThat(loads.loadingProperty().get()).isTrue();

        ownerCheck.run();
        contributorCheck.run(); // late: the user has moved on

        assertThat(picker.preflightProperty().get()).isEqualTo(Preflight.ALLOWED);
        assertThat(picker.errorProperty().get()).isEmpty();
        assertThat(picker.validProperty().get()).isTrue();
        assertThat(loads.loadingProperty().get()).isFalse();
    }
}

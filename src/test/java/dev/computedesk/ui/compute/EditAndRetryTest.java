package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.OperationsEndOnAcceptance;
import dev.computedesk.testing.ScriptedDialogs;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.form.Debouncer;
import dev.computedesk.ui.common.form.FileChoices;
import dev.computedesk.ui.common.form.SparkPools;
import dev.computedesk.ui.compute.create.ComputeClusterFormViewModel;
import dev.computedesk.ui.compute.create.ComputeFormViewModel;
import dev.computedesk.ui.compute.create.FormServices;
import dev.computedesk.ui.common.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, cell 5: after a create fails in provisioning, "Edit and retry" asks to delete the failed compute (it
 * holds the name), follows the delete to its end, and reopens the form with the values sent, which can then be
 * created again. Everything through the real form, the Compute page and the emulator (manual clock).
 */
@Timeout(60)
class EditAndRetryTest {
    private static final String NAME = "cluster-doomed";

    private final OperationLog log = new OperationLog();
    private final QueueExecutor executor = new QueueExecutor(log);
    private final ComputeTestDoubles.ManualScheduler scheduler = new ComputeTestDoubles.ManualScheduler();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<ComputeResource> reopened = new ArrayList<>();
    private final List<ComputeFormKind> reopenedKinds = new ArrayList<>();
    private final ComputeEvents events = new ComputeEvents();
    private EmulatorFixture fx;
    private WorkspaceRef workspace;
    private ComputePageViewModel page;

    @BeforeEach
    void open() {
        fx = EmulatorFixture.start();
        workspace = fx.demoWorkspace();
        page = new ComputePageViewModel(executor, dialogs, text -> { }, url -> { }, navigator(), scheduler,
                new OperationFollower(executor, events));
        // The follower follows inline on this executor: each accepted operation ends once it is shown in transition.
        OperationsEndOnAcceptance.install(fx, events);
        page.show(fx.connection(), workspace);
        executor.runAll();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void deletesTheFailedComputeAfterAskingThenReopensTheFormWithTheValuesSent() {
        ComputeClusterFormViewModel form = newForm();
        form.next();
        form.name().set(NAME);
        form.maxNodes().set("3");
        executor.runAll();
        fx.emulator().injectFault(Fault.provisioningFailure("/computes/" + NAME + "$", 1));
        form.submit();
        executor.runPending();
        assertThat(form.phaseProperty().get()).isEqualTo(ComputeFormViewModel.Phase.CLOSED);
        fx.tick(Duration.ofHours(1));
        executor.runAll();
        settle();

        LateFailure failure = page.lateFailureProperty().get();
        assertThat(failure).isNotNull();
        assertThat(failure.message()).contains("Standard_DS3_v2").doesNotContain("null");
        assertThat(failure.canEditAndRetry()).isTrue();
        // The failed compute holds the name: a form opened now could not create it.
        ComputeClusterFormViewModel blocked = newForm();
        blocked.prefill(failure.sentRequest());
        executor.runAll();
        assertThat(blocked.name().shownMessageProperty().get()).contains("already exists");
        assertThat(blocked.canCreateProperty().get()).isFalse();

        dialogs.answer = false;
        page.editAndRetry();
        executor.runAll();
        assertThat(dialogs.asked).hasSize(1);
        assertThat(reopened).as("declining changes nothing").isEmpty();
        assertThat(page.lateFailureProperty().get()).isEqualTo(failure);
        assertThat(fx.connection().computes().find(workspace, NAME)).isPresent();

        List<Boolean> reopenedWhileDeleting = new ArrayList<>();
        events.addListener(change -> {
            if (change.computeName().equals(NAME) && change.compute() != null
                    && OperationsEndOnAcceptance.inTransition(change.compute())) {
                reopenedWhileDeleting.add(!reopened.isEmpty());
            }
        });
        dialogs.answer = true;
        page.editAndRetry();
        assertThat(dialogs.asked).hasSize(2);
        assertThat(dialogs.asked.get(1).confirmLabel()).startsWith("Delete");
        assertThat(dialogs.asked.get(1).targets()).containsExactly(NAME);
        executor.runAll();

        assertThat(reopenedWhileDeleting).as("the form waits for the delete to end").isNotEmpty().containsOnly(false);
        assertThat(fx.connection().computes().find(workspace, NAME)).isEmpty();
        assertThat(page.row(NAME)).isEmpty();
        assertThat(reopened).hasSize(1);
        ComputeClusterFormViewModel retry = newForm();
        retry.prefill(reopened.get(0));
        executor.runAll();
        assertThat(retry.name().get()).isEqualTo(NAME);
        assertThat(retry.maxNodes().get()).isEqualTo("3");
        assertThat(retry.vmSizeProperty().get().name()).isEqualTo("Standard_DS3_v2");
        assertThat(retry.name().shownMessageProperty().get()).isEmpty();
        assertThat(retry.canCreateProperty().get()).as("the name is free again").isTrue();
    }

    @Test
    void aDeleteThatFailsKeepsTheNoticeAndOffersRetry() {
        ComputeClusterFormViewModel form = newForm();
        form.next();
        form.name().set(NAME);
        executor.runAll();
        fx.emulator().injectFault(Fault.provisioningFailure("/computes/" + NAME + "$", 1));
        form.submit();
        executor.runPending();
        fx.tick(Duration.ofHours(1));
        executor.runAll();
        settle();
        LateFailure failure = page.lateFailureProperty().get();
        assertThat(failure).isNotNull();
        fx.emulator().injectFault(Fault.status("DELETE", "/computes/" + NAME + "$", 1, 403, 0));

        page.editAndRetry();
        executor.runAll();

        assertThat(reopened).isEmpty();
        assertThat(page.lateFailureProperty().get()).isEqualTo(failure);
        assertThat(page.errorProperty().get()).isNotNull();
        assertThat(page.errorProperty().get().retryable()).isTrue();
        assertThat(fx.connection().computes().find(workspace, NAME)).isPresent();
    }

    @Test
    void aFailedSparkPoolAttachIsDetachedThenTheWizardReopens() {
        String poolId = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/rg-synapse/providers/"
                + "Microsoft.Synapse/workspaces/" + DemoSeed.SYNAPSE_WORKSPACE_OWNER + "/bigDataPools/"
                + DemoSeed.SPARK_POOL_LARGE;
        ComputeResource request = SparkPools.attachRequest(workspace, poolId, null);
        fx.emulator().injectFault(Fault.provisioningFailure("/computes/spark-doomed$", 1));
        fx.connection().computes().createOrUpdate(workspace, "spark-doomed", request);
        events.publish(new ComputeEvents.Change(workspace, "spark-doomed", request, ComputeEvents.Kind.CREATING));
        fx.tick(Duration.ofHours(1));
        settle();
        assertThat(page.lateFailureProperty().get()).isNotNull();
        assertThat(page.lateFailureProperty().get().message()).doesNotContain("null");

        page.editAndRetry();
        assertThat(dialogs.asked.get(0).confirmLabel()).as("an attached compute is detached, never deleted")
                .startsWith("Detach");
        executor.runPending();
        fx.tick(Duration.ofMinutes(1));
        executor.runAll();

        assertThat(fx.connection().computes().find(workspace, "spark-doomed")).isEmpty();
        assertThat(reopenedKinds).containsExactly(ComputeFormKind.SYNAPSE_SPARK);
        assertThat(reopened.get(0).properties().resourceId()).isEqualTo(poolId);
    }

    private ComputeClusterFormViewModel newForm() {
        FileChoices files = new FileChoices() {
            @Override
            public Optional<Path> choosePrivateKeyFile(String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseYamlFile() {
                return Optional.empty();
            }
        };
        ComputeClusterFormViewModel form = new ComputeClusterFormViewModel(new FormServices(executor, fx.connection(),
                workspace, dialogs, text -> { }, events, navigator(), Debouncer.IMMEDIATE, files));
        executor.runAll();
        return form;
    }

    /** Fires the page's re-reads (and runs them) until nothing is in transition. */
    private void settle() {
        for (int i = 0; i < 10 && scheduler.hasPending(); i++) {
            scheduler.fire();
            executor.runAll();
        }
    }

    private Navigator navigator() {
        return new Navigator() {
            @Override
            public void openCreateForm(ComputeFormKind kind) {
            }

            @Override
            public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
                reopenedKinds.add(kind);
                reopened.add(sentRequest);
            }

            @Override
            public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
            }

            @Override
            public void showPage(Page shown) {
            }
        };
    }

    /** Holds tasks until the test runs them, so the manual clock can move between a request and its following. */
    private static final class QueueExecutor implements TaskExecutor {
        private final TrackingTaskExecutor delegate;
        private final Deque<Runnable> queue = new ArrayDeque<>();

        QueueExecutor(OperationLog log) {
            delegate = TrackingTaskExecutor.synchronous(log);
        }

        @Override
        public <T> TaskHandle submit(BackgroundTask<T> task) {
            boolean[] state = {false, false};
            queue.add(() -> {
                if (!state[0]) {
                    delegate.submit(task);
                }
                state[1] = true;
            });
            return new TaskHandle() {
                @Override
                public void cancel() {
                    state[0] = true;
                }

                @Override
                public boolean isDone() {
                    return state[1];
                }
            };
        }

        void runPending() {
            for (int i = queue.size(); i > 0; i--) {
                queue.poll().run();
            }
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }
}

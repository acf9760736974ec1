package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.shell.Page;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Services for form view-model tests: the emulator, a synchronous executor, and recording stand-ins. */
final class FormTestSupport implements AutoCloseable {
    final EmulatorFixture emulator = EmulatorFixture.start();
    final OperationLog operations = new OperationLog();
    final DeferredExecutor executor = new DeferredExecutor(operations);
    final List<ComputeEvents.Change> changes = new ArrayList<>();
    final List<Confirmation> confirmations = new ArrayList<>();
    final List<String> clipboard = new ArrayList<>();
    final List<Object[]> retries = new ArrayList<>();
    boolean answerConfirm = true;
    Path keyFile;
    Path yamlFile;


    /** Runs what is queued (loads, checks, the PUT); a create's polling waits for the next call. */
    void run() {
        executor.runPending();
    }

    /** Moves the emulator's clock past any create, then runs the polling. */
    void finishOperations() {
        emulator.tick(Duration.ofHours(1));
        executor.runAll();
    }

    FormServices services() {
        ComputeEvents events = new ComputeEvents();
        events.addListener(changes::add);
        DialogService dialogs = new DialogService() {
            @Override
            public boolean confirm(Confirmation confirmation) {
                confirmations.add(confirmation);
                return answerConfirm;
            }

            @Override
            public void inform(String title, String message) {
            }
        };
        Navigator navigator = new Navigator() {
            @Override
            public void openCreateForm(ComputeFormKind kind) {
            }

            @Override
            public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
                retries.add(new Object[] {kind, computeName, sentRequest});
            }

            @Override
            public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
            }

            @Override
            public void showPage(Page page) {
            }
        };
        FileChoices files = new FileChoices() {
            @Override
            public Optional<Path> choosePrivateKeyFile(String suggestedName) {
                return Optional.ofNullable(keyFile);
            }

            @Override
            public Optional<Path> chooseYamlFile() {
                return Optional.ofNullable(yamlFile);
            }
        };
        return new FormServices(executor, emulator.connection(), emulator.demoWorkspace(), dialogs, clipboard::add,
                events, navigator, Debouncer.IMMEDIATE, files);
    }

    @Override
    public void close() {
        emulator.close();
    }
}

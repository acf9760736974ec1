package dev.computedesk.ui.compute.create;

import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.testing.ScriptedDialogs;
import dev.computedesk.ui.common.form.Debouncer;
import dev.computedesk.ui.common.form.FileChoices;

import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.OperationLog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Services for form view-model tests: the emulator, a synchronous executor, and recording stand-ins. */
final class FormTestSupport implements AutoCloseable {
    final EmulatorFixture emulator;
    final OperationLog operations = new OperationLog();
    final DeferredExecutor executor = new DeferredExecutor(operations);
    final List<ComputeEvents.Change> changes = new ArrayList<>();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<String> clipboard = new ArrayList<>();
    Path keyFile;
    Path yamlFile;

    FormTestSupport() {
        this(EmulatorFixture.start());
    }

    /** Over an emulator a test set up (e.g. {@link EmulatorFixture#startWithState}). */
    FormTestSupport(EmulatorFixture emulator) {
        this.emulator = emulator;
    }


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
                events, new RecordingNavigator(), Debouncer.IMMEDIATE, files);
    }

    @Override
    public void close() {
        emulator.close();
    }
}

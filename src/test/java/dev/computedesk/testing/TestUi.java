package dev.computedesk.testing;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.FxDialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.common.Page;
import javafx.application.Platform;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A {@link UiContext} for screen tests of the linked services and Spark pool features: the app's real executor,
 * dialogs and events against an emulator, with the clipboard, links and navigation recorded.
 */
public final class TestUi implements AutoCloseable {
    public final OperationLog operations = new OperationLog();
    public final TrackingTaskExecutor executor =
            TrackingTaskExecutor.forFx(operations, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
    public final WorkspaceContext workspace = new WorkspaceContext();
    public final ComputeEvents events = new ComputeEvents();
    public final List<String> clipboard = new CopyOnWriteArrayList<>();
    public final List<String> links = new CopyOnWriteArrayList<>();
    public final List<ComputeFormKind> formsOpened = new CopyOnWriteArrayList<>();
    public final List<ComputeEvents.Change> published = new CopyOnWriteArrayList<>();
    public final UiContext context;

    /** Call on the FX thread: connects to {@code fixture} and selects {@code selected}. */
    public TestUi(EmulatorFixture fixture, WorkspaceRef selected, Supplier<Window> owner) {
        workspace.connect(fixture.connection());
        workspace.selectWorkspace(selected);
        events.addListener(published::add);
        Navigator navigator = new Navigator() {
            @Override
            public void openCreateForm(ComputeFormKind kind) {
                formsOpened.add(kind);
            }

            @Override
            public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
                formsOpened.add(kind);
            }

            @Override
            public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
            }

            @Override
            public void showPage(Page page) {
            }
        };
        context = new UiContext(executor, operations, new FxDialogService(owner), clipboard::add, workspace,
                navigator, events, links::add, Path.of(System.getProperty("java.io.tmpdir")), owner,
                stylesheets(), ReadySignal.NONE);
    }

    /** The light theme's stylesheets, as the app puts them on every scene. */
    public static List<String> stylesheets() {
        return List.of("/css/theme-light.css", "/css/app.css", "/css/forms.css", "/css/linkedservices.css").stream()
                .map(path -> TestUi.class.getResource(path).toExternalForm()).toList();
    }

    @Override
    public void close() {
        executor.close();
    }
}

package dev.computedesk.bench;

import dev.computedesk.ui.common.Theme;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.FxClipboardService;
import dev.computedesk.ui.common.FxDialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.ReadySignal;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import dev.computedesk.ui.compute.create.ComputeFormWindows;
import dev.computedesk.ui.common.Page;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;

/** Opens one create/attach form against a fresh emulator, to look at it: {@code FormsPreview COMPUTE_INSTANCE}. */
public final class FormsPreview {

    public static void main(String[] args) {
        Application.launch(Preview.class, args);
    }

    /** The preview's application. */
    public static final class Preview extends Application {

    @Override
    public void start(Stage ignored) throws Exception {
        Emulator emulator = Emulator.start(EmulatorConfig.defaults());
        AzureConnection connection = new ConnectionFactory().emulator(emulator.baseUrl(), emulator.token());
        OperationLog log = new OperationLog();
        WorkspaceContext workspace = new WorkspaceContext();
        workspace.connect(connection);
        workspace.selectWorkspace(new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE,
                DemoSeed.LOCATION));
        Navigator navigator = new Navigator() {
            @Override
            public void openCreateForm(ComputeFormKind kind) {
            }

            @Override
            public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
            }

            @Override
            public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
            }

            @Override
            public void showPage(Page page) {
            }
        };
        UiContext context = new UiContext(TrackingTaskExecutor.forFx(log, TrackingTaskExecutor.defaultWorkers(),
                Platform::runLater), log, new FxDialogService(() -> null), new FxClipboardService(), workspace, navigator,
                new ComputeEvents(), url -> { }, Path.of("/tmp"), () -> null, Theme.fromId("light").stylesheets(),
                ReadySignal.NONE);
        String kind = getParameters().getRaw().isEmpty() ? "COMPUTE_INSTANCE" : getParameters().getRaw().get(0);
        Stage stage = ComputeFormWindows.open(context, ComputeFormKind.valueOf(kind), null, null);
        stage.setX(0);
        stage.setY(0);
    }
    }
}

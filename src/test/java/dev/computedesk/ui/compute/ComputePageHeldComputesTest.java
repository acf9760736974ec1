package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.OnScreen;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.RecordingNavigator;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.FxDialogService;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.common.WorkspaceContext;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The Compute page lends its complete list to windows opened from it, and only for its own workspace. */
@ExtendWith(ApplicationExtension.class)
class ComputePageHeldComputesTest {
    private EmulatorFixture fx;
    private TrackingTaskExecutor executor;
    private WorkspaceContext workspace;

    @Start
    void start(Stage stage) {
        fx = EmulatorFixture.start();
        executor = TrackingTaskExecutor.forFx(new OperationLog(), TrackingTaskExecutor.defaultWorkers(),
                Platform::runLater);
        workspace = new WorkspaceContext();
        workspace.connect(fx.connection());
        workspace.selectWorkspace(fx.demoWorkspace());
        UiContext context = new UiContext(executor, new OperationLog(), new FxDialogService(() -> stage), text -> { },
                workspace, new RecordingNavigator(), new ComputeEvents(), url -> { },
                Path.of("target", "compute-test-settings"), () -> stage, List.of(), () -> { });
        stage.setScene(new Scene((javafx.scene.Parent) ComputePage.create(context), 800, 600));
        stage.show();
        OnScreen.fit(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> workspace.selectWorkspace(null));
        executor.close();
        fx.close();
    }

    private Optional<List<ComputeResource>> held(FxRobot robot) {
        AtomicReference<Optional<List<ComputeResource>>> held = new AtomicReference<>();
        robot.interact(() -> held.set(workspace.heldComputes()));
        return held.get();
    }

    @Test
    void theListOnScreenIsHeldForItsWorkspaceOnly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> held(robot).isPresent());
        List<String> listed = fx.connection().computes().list(fx.demoWorkspace()).stream()
                .map(ComputeResource::name).toList();
        assertThat(held(robot).orElseThrow()).extracting(ComputeResource::name)
                .containsExactlyInAnyOrderElementsOf(listed).contains(DemoSeed.ATTACHED_SYNAPSE_SPARK);

        // Another workspace: nothing is held until the page has listed that one completely.
        robot.interact(() -> workspace.selectWorkspace(new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID,
                DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE_2, DemoSeed.LOCATION)));
        List<ComputeResource> other = fx.connection().computes().list(new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID,
                DemoSeed.RESOURCE_GROUP, DemoSeed.WORKSPACE_2, DemoSeed.LOCATION));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> held(robot).isPresent());
        assertThat(held(robot).orElseThrow()).extracting(ComputeResource::name)
                .containsExactlyInAnyOrderElementsOf(other.stream().map(ComputeResource::name).toList());

        robot.interact(() -> workspace.selectWorkspace(null));
        assertThat(held(robot)).isEmpty();
    }
}

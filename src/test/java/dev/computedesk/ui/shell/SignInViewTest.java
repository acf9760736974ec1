package dev.computedesk.ui.shell;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import dev.computedesk.ui.common.WorkspaceContext;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in dialog with a simulated device-code challenge (no identity provider is reachable here). */
@ExtendWith(ApplicationExtension.class)
class SignInViewTest {
    private final EmulatorFixture emulator = EmulatorFixture.start();
    private final OperationLog log = new OperationLog();
    private final List<String> clipboard = new ArrayList<>();
    private final CountDownLatch userEnteredCode = new CountDownLatch(1);
    private TrackingTaskExecutor executor;
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        executor = TrackingTaskExecutor.forFx(log, TrackingTaskExecutor.defaultWorkers(), Platform::runLater);
        shell = new ShellViewModel(log, clipboard::add, executor, new WorkspaceContext(), () -> { }, id -> { });
        SignInService service = new SignInService() {
            @Override
            public AzureConnection connectEmulator() {
                return emulator.connection();
            }

            @Override
            public AzureConnection connectAzure(ConnectionKind kind, AzureCloud cloud, String tenantId,
                                                Consumer<DeviceCodeInfo> deviceCode) {
                deviceCode.accept(new DeviceCodeInfo("HX4K-9PQ2", "https://microsoft.com/devicelogin",
                        OffsetDateTime.now().plusMinutes(15), "To sign in, open the page and enter the code."));
                try {
                    userEnteredCode.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return emulator.connection();
            }

            @Override
            public String tokenCacheMessage() {
                return "tokens kept in memory only: no keychain (libsecret) available";
            }
        };
        SignInViewModel viewModel = new SignInViewModel(service, executor, Platform::runLater, clipboard::add, shell);
        viewModel.load();
        stage.setScene(new Scene(Fxml.load("shell/SignIn.fxml", new SignInView(viewModel, url -> { }, stage::hide))));
        stage.show();
    }

    @AfterEach
    void stop() {
        userEnteredCode.countDown();
        executor.close();
        emulator.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void deviceCodeSignInShowsTheCodeWithCopyThenConnects(FxRobot robot) throws Exception {
        ComboBox<SignInMethod> methods = robot.lookup("#signInMethodCombo").queryAs(ComboBox.class);
        robot.interact(() -> methods.setValue(SignInMethod.DEVICE_CODE));
        assertThat(robot.lookup("#deviceCodeBox").query().isVisible()).isFalse();
        assertThat(robot.lookup("#tokenCacheLabel").queryLabeled().getText())
                .isEqualTo("tokens kept in memory only: no keychain (libsecret) available");

        robot.clickOn("#signInConfirmButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deviceCodeBox").query().isVisible());
        assertThat(robot.lookup("#deviceCodeField").queryAs(TextField.class).getText()).isEqualTo("HX4K-9PQ2");
        assertThat(robot.lookup("https://microsoft.com/devicelogin").tryQuery()).isPresent();

        robot.clickOn("#copyDeviceCodeButton");
        assertThat(clipboard).containsExactly("HX4K-9PQ2");

        userEnteredCode.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signInDialog").tryQuery().isEmpty());
        assertThat(shell.connectionTextProperty().get()).isEqualTo("Local emulator");
    }
}

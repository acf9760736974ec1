package dev.computedesk.ui.shell;

import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.ui.common.Fxml;
import dev.computedesk.ui.common.KeyBindings;
import dev.computedesk.ui.common.UiContext;
import dev.computedesk.domain.text.Messages;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** The sign-in dialog's window: built once, shown on "Sign in…" or when a start-up sign-in needs a device code. */
public final class SignInWindow {
    private final UiContext context;
    private final SignInViewModel viewModel;
    private Stage stage;

    public SignInWindow(UiContext context, ShellViewModel shell, SignInService service) {
        this.context = context;
        this.viewModel = new SignInViewModel(service, context.executor(), Platform::runLater, context.clipboard(), shell);
    }

    public SignInViewModel viewModel() {
        return viewModel;
    }

    /** Shows the dialog (FX thread). */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(Messages.get("shell.signIn.title"));
            if (context.owner().get() != null) {
                stage.initOwner(context.owner().get());
                stage.initModality(Modality.WINDOW_MODAL);
            }
            Scene scene = new Scene(Fxml.load("shell/SignIn.fxml", new SignInView(viewModel, context.links(), stage::hide)));
            scene.getStylesheets().setAll(context.stylesheets());
            stage.setScene(scene);
            // Esc and the close box put back what was changed (asking first), as if the dialog had not been opened.
            KeyBindings.askBeforeClosing(stage, viewModel::isDirty, context.dialogs(), () -> {
                viewModel.discardChanges();
                viewModel.cancel();
                stage.hide();
            });
            viewModel.load();
        }
        if (!stage.isShowing()) {
            viewModel.markShown();
        }
        stage.show();
        stage.toFront();
    }

    /** Shows a device code that a sign-in is waiting for (FX thread). */
    public void showDeviceCode(DeviceCodeInfo info) {
        viewModel.showDeviceCode(info);
        show();
    }
}

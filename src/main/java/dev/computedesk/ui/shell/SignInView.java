package dev.computedesk.ui.shell;

import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.azure.model.Tenant;
import dev.computedesk.ui.common.ErrorBanner;
import dev.computedesk.ui.common.LinkOpener;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Objects;

/** Binds {@code SignIn.fxml} to the {@link SignInViewModel}. */
public final class SignInView {
    private final SignInViewModel viewModel;
    private final LinkOpener links;
    private final Runnable closeWindow;

    @FXML private ErrorBanner errorBanner;
    @FXML private ComboBox<SignInMethod> methodCombo;
    @FXML private Label methodDescription;
    @FXML private Label cloudCaption;
    @FXML private ComboBox<AzureCloud> cloudCombo;
    @FXML private Label tenantCaption;
    @FXML private TextField tenantField;
    @FXML private Label tokenCacheLabel;
    @FXML private VBox deviceCodeBox;
    @FXML private TextField deviceCodeField;
    @FXML private Hyperlink verificationLink;
    @FXML private VBox tenantBox;
    @FXML private ComboBox<Tenant> tenantCombo;
    @FXML private Button switchTenantButton;
    @FXML private ProgressIndicator progress;
    @FXML private Button signInConfirmButton;

    public SignInView(SignInViewModel viewModel, LinkOpener links, Runnable closeWindow) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.links = Objects.requireNonNull(links);
        this.closeWindow = Objects.requireNonNull(closeWindow);
    }

    @FXML
    private void initialize() {
        errorBanner.errorProperty().bind(viewModel.errorProperty());
        errorBanner.setOnRetry(viewModel::signIn);
        methodCombo.setItems(viewModel.methods());
        methodCombo.valueProperty().bindBidirectional(viewModel.methodProperty());
        methodDescription.textProperty().bind(Bindings.createStringBinding(() -> viewModel.methodProperty().get() == null
                ? "" : viewModel.methodProperty().get().description(), viewModel.methodProperty()));
        cloudCombo.setItems(viewModel.clouds());
        cloudCombo.valueProperty().bindBidirectional(viewModel.cloudProperty());
        cloudCombo.setConverter(converter(AzureCloud::displayName));
        var azure = Bindings.createBooleanBinding(() -> viewModel.methodProperty().get() != null
                && viewModel.methodProperty().get().isAzure(), viewModel.methodProperty());
        for (var node : new javafx.scene.Node[] {cloudCaption, cloudCombo, tenantCaption, tenantField}) {
            node.disableProperty().bind(azure.not());
        }
        tenantField.textProperty().bindBidirectional(viewModel.tenantIdProperty());
        tokenCacheLabel.textProperty().bind(viewModel.tokenCacheTextProperty());

        var hasCode = viewModel.deviceCodeProperty().isNotNull();
        deviceCodeBox.visibleProperty().bind(hasCode);
        deviceCodeBox.managedProperty().bind(hasCode);
        deviceCodeField.textProperty().bind(Bindings.createStringBinding(() -> code(DeviceCodeInfo::userCode),
                viewModel.deviceCodeProperty()));
        verificationLink.textProperty().bind(Bindings.createStringBinding(() -> code(DeviceCodeInfo::verificationUrl),
                viewModel.deviceCodeProperty()));

        var severalTenants = Bindings.size(viewModel.tenants()).greaterThan(1);
        tenantBox.visibleProperty().bind(severalTenants);
        tenantBox.managedProperty().bind(severalTenants);
        tenantCombo.setItems(viewModel.tenants());
        tenantCombo.valueProperty().bindBidirectional(viewModel.selectedTenantProperty());
        tenantCombo.setConverter(converter(t -> t.displayName() + " (" + t.tenantId() + ")"));
        switchTenantButton.disableProperty().bind(viewModel.canSwitchTenantProperty().not());

        progress.visibleProperty().bind(viewModel.runningProperty());
        signInConfirmButton.disableProperty().bind(viewModel.canSignInProperty().not());
        viewModel.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                closeWindow.run();
            }
        });
        methodCombo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SignInMethod item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.label());
            }
        });
    }

    private String code(java.util.function.Function<DeviceCodeInfo, String> part) {
        DeviceCodeInfo info = viewModel.deviceCodeProperty().get();
        return info == null ? "" : part.apply(info);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    @FXML
    private void switchTenant() {
        viewModel.switchTenant();
    }

    @FXML
    private void copyDeviceCode() {
        viewModel.copyDeviceCode();
    }

    @FXML
    private void openVerificationPage() {
        links.open(verificationLink.getText());
    }

    @FXML
    private void close() {
        viewModel.cancel();
        closeWindow.run();
    }
}

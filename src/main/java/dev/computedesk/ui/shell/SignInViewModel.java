package dev.computedesk.ui.shell;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connection.AzureCloud;
import dev.computedesk.azure.connection.DeviceCodeInfo;
import dev.computedesk.azure.model.Tenant;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.TaskHandle;
import dev.computedesk.domain.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The sign-in dialog: choose how to connect (local emulator, Azure CLI, browser, device code, environment),
 * the cloud and optionally a tenant; after an Azure sign-in, the account's tenants to switch between.
 */
public final class SignInViewModel {
    private final SignInService service;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final ClipboardService clipboard;
    private final ShellViewModel shell;

    private final ObservableList<SignInMethod> methods = FXCollections.observableArrayList(SignInMethod.values());
    private final ObjectProperty<SignInMethod> method = new SimpleObjectProperty<>(SignInMethod.LOCAL_EMULATOR);
    private final ObservableList<AzureCloud> clouds = FXCollections.observableArrayList(AzureCloud.values());
    private final ObjectProperty<AzureCloud> cloud = new SimpleObjectProperty<>(AzureCloud.AZURE);
    private final StringProperty tenantId = new SimpleStringProperty("");
    private final StringProperty tokenCacheText = new SimpleStringProperty("");
    private final ObjectProperty<DeviceCodeInfo> deviceCode = new SimpleObjectProperty<>();
    private final ObservableList<Tenant> tenants = FXCollections.observableArrayList();
    private final ObjectProperty<Tenant> selectedTenant = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final BooleanBinding canSignIn = method.isNotNull().and(running.not());
    private final BooleanBinding canSwitchTenant;
    private TaskHandle current;
    /** The method, cloud and tenant as the dialog was shown: what {@link #isDirty()} compares with. */
    private Choice shown;

    private record Choice(SignInMethod method, AzureCloud cloud, String tenantId) {
    }

    /**
     * @param uiThread runs device-code challenges (which arrive on an identity thread) on the FX thread
     */
    public SignInViewModel(SignInService service, TaskExecutor executor, Executor uiThread, ClipboardService clipboard,
                           ShellViewModel shell) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.shell = Objects.requireNonNull(shell);
        this.canSwitchTenant = selectedTenant.isNotNull().and(running.not()).and(Bindings.size(tenants).greaterThan(1));
    }

    /** Reads where tokens would be kept (it may probe the keychain, so off the FX thread). */
    public void load() {
        executor.submit(BackgroundTask.titled(Messages.get("shell.signIn.checkingTokenCache"), "",
                        token -> service.tokenCacheMessage())
                .onSuccess(tokenCacheText::set));
    }

    /** Connects with the chosen method; on success the shell switches to the new connection. */
    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        SignInMethod chosen = method.get();
        AzureCloud chosenCloud = cloud.get();
        String tenant = tenantId.get() == null || tenantId.get().isBlank() ? null : tenantId.get().trim();
        start(chosen, chosenCloud, tenant);
    }

    /** Signs in again to the tenant chosen among the account's tenants. */
    public void switchTenant() {
        if (canSwitchTenant.get()) {
            tenantId.set(selectedTenant.get().tenantId());
            start(method.get(), cloud.get(), selectedTenant.get().tenantId());
        }
    }

    private void start(SignInMethod chosen, AzureCloud chosenCloud, String tenant) {
        running.set(true);
        error.set(null);
        deviceCode.set(null);
        done.set(false);
        String title = chosen == SignInMethod.LOCAL_EMULATOR ? Messages.get("shell.signIn.connectingEmulator")
                : Messages.get("shell.signIn.signingIn", chosen.label());
        current = executor.submit(BackgroundTask.titled(title, chosenCloud == null ? "" : chosenCloud.displayName(),
                        token -> connect(chosen, chosenCloud, tenant))
                .onSuccess(result -> {
                    tenants.setAll(result.tenants());
                    selectedTenant.set(result.tenants().stream()
                            .filter(t -> t.tenantId().equals(result.connection().principal().tenantId()))
                            .findFirst().orElse(null));
                    shell.connected(result.connection(), null);
                    done.set(result.tenants().size() <= 1);
                })
                .onFailure(failure -> error.set(ErrorInfos.from(Messages.get("shell.signIn.failed", title), failure)))
                .whenDone(() -> running.set(false)));
    }

    private record SignedIn(AzureConnection connection, List<Tenant> tenants) {
    }

    private SignedIn connect(SignInMethod chosen, AzureCloud chosenCloud, String tenant) {
        if (chosen == SignInMethod.LOCAL_EMULATOR) {
            return new SignedIn(service.connectEmulator(), List.of());
        }
        AzureConnection connection = service.connectAzure(chosen.kind(), chosenCloud, tenant,
                info -> uiThread.execute(() -> deviceCode.set(info)));
        return new SignedIn(connection, connection.subscriptions().listTenants());
    }

    /** Stops waiting for a sign-in (a browser or device code left unanswered). */
    public void cancel() {
        if (current != null && !current.isDone()) {
            current.cancel();
        }
    }

    /** Takes the method, cloud and tenant as they are now as "nothing changed yet" (the dialog is being shown). */
    public void markShown() {
        shown = choice();
    }

    /** True when the method, cloud or tenant differs from how the dialog was shown. */
    public boolean isDirty() {
        return shown != null && !shown.equals(choice());
    }

    /** Puts back the method, cloud and tenant the dialog was shown with. */
    public void discardChanges() {
        if (shown != null) {
            method.set(shown.method());
            cloud.set(shown.cloud());
            tenantId.set(shown.tenantId());
        }
    }

    private Choice choice() {
        return new Choice(method.get(), cloud.get(), tenantId.get());
    }

    /** Copies the device code, which the user types at the verification page. */
    public void copyDeviceCode() {
        DeviceCodeInfo info = deviceCode.get();
        if (info != null) {
            clipboard.putText(info.userCode());
        }
    }

    /** A device code arrived from elsewhere (the start-up connection): show it. */
    public void showDeviceCode(DeviceCodeInfo info) {
        deviceCode.set(info);
    }

    public ObservableList<SignInMethod> methods() {
        return methods;
    }

    public ObjectProperty<SignInMethod> methodProperty() {
        return method;
    }

    public ObservableList<AzureCloud> clouds() {
        return clouds;
    }

    public ObjectProperty<AzureCloud> cloudProperty() {
        return cloud;
    }

    public StringProperty tenantIdProperty() {
        return tenantId;
    }

    public ReadOnlyStringProperty tokenCacheTextProperty() {
        return tokenCacheText;
    }

    public ReadOnlyObjectProperty<DeviceCodeInfo> deviceCodeProperty() {
        return deviceCode;
    }

    public ObservableList<Tenant> tenants() {
        return tenants;
    }

    public ObjectProperty<Tenant> selectedTenantProperty() {
        return selectedTenant;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** True once signed in with nothing left to choose: the dialog may close. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public BooleanBinding canSwitchTenantProperty() {
        return canSwitchTenant;
    }
}

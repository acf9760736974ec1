package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.SshPublicKeyClient;
import dev.computedesk.azure.model.SshPublicKey;
import dev.computedesk.domain.ssh.SshPublicKeys;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.form.FormField;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Use existing key stored in Azure": the subscription's {@code Microsoft.Compute/sshPublicKeys}, listed in the
 * background the first time the source is chosen, and the one picked, whose public key is what the instance gets as
 * {@code adminPublicKey}. Loading, an empty list and a failed list each say so under the picker; a failed list can
 * be asked again.
 */
public final class AzureSshKeyPicker {
    private final ObservableList<SshPublicKey> keys = FXCollections.observableArrayList();
    private final ObjectProperty<SshPublicKey> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final FormField check;
    private boolean loaded;
    private String wantedKey;

    /** @param inUse true while this source is the one chosen (the check passes otherwise) */
    AzureSshKeyPicker(javafx.beans.value.ObservableBooleanValue inUse) {
        check = new FormField(text -> !inUse.get() ? ValidationResult.ok() : validate(selected.get()), inUse,
                selected, loading);
        check.touchedProperty().set(true);
    }

    private ValidationResult validate(SshPublicKey key) {
        if (key == null) {
            return ValidationResult.error(Messages.get(loading.get() ? "compute.code.sshKeys.loading"
                    : "compute.code.sshKeys.choose"));
        }
        if (key.publicKey() == null || key.publicKey().isBlank()) {
            return ValidationResult.error(Messages.get("compute.code.sshKeys.empty", key.name()));
        }
        return SshPublicKeys.validate(key.publicKey());
    }

    /** Lists the keys unless they are listed already (or being listed). */
    void loadOnce(TaskExecutor executor, SshPublicKeyClient client, String subscriptionId) {
        if (loaded || loading.get()) {
            return;
        }
        loading.set(true);
        failed.set(false);
        status.set(Messages.get("compute.code.sshKeys.loading"));
        executor.submit(BackgroundTask.titled(Messages.get("compute.code.sshKeys.list"), subscriptionId,
                        cancellation -> client.list(subscriptionId))
                .onSuccess(list -> {
                    loaded = true;
                    keys.setAll(list);
                    status.set(list.isEmpty() ? Messages.get("compute.code.sshKeys.none") : "");
                    if (wantedKey != null) {
                        selectKey(wantedKey);
                    }
                })
                .onFailure(error -> {
                    failed.set(true);
                    status.set(ErrorInfos.from(Messages.get("compute.code.sshKeys.listFailed"), error).summary());
                })
                .whenDone(() -> loading.set(false)));
    }

    /** Selects the listed key with this public key, now or once the list arrives; false when none matches yet. */
    boolean selectKey(String publicKey) {
        wantedKey = publicKey;
        String wanted = normalized(publicKey);
        for (SshPublicKey key : keys) {
            if (key.publicKey() != null && normalized(key.publicKey()).equals(wanted)) {
                selected.set(key);
                wantedKey = null;
                return true;
            }
        }
        return false;
    }

    /** The key type and its base64 part: comments differ between copies of one key. */
    private static String normalized(String line) {
        String[] parts = line.strip().split("\\s+");
        return parts.length >= 2 ? parts[0] + " " + parts[1] : line.strip();
    }

    /** The public key to send; null when none is chosen. */
    String publicKeyLine() {
        SshPublicKey key = selected.get();
        return key == null ? null : key.publicKey().strip();
    }

    /** "name (resource group)", as the picker lists a key. */
    public static String describe(SshPublicKey key) {
        return key.name() + " (" + key.resourceGroup() + ")";
    }

    public ObservableList<SshPublicKey> keys() {
        return keys;
    }

    public ObjectProperty<SshPublicKey> selectedProperty() {
        return selected;
    }

    /** Loading, empty or failed, in words; empty once keys are listed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True after a list that failed ("Try again" shows). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The choice's rule (a key is chosen and holds a valid public key), for the message under the picker. */
    public FormField check() {
        return check;
    }
}

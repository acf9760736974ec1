package dev.computedesk.ui.compute.create;

import dev.computedesk.domain.ssh.SshPublicKeys;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.NewSshKeyPair;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.common.form.FormRules;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SSH access of a compute instance or cluster: on/off, the key source, the public key (pasted, or generated here
 * with the private key saved where the user chooses), and for clusters the admin user and password.
 * Cannot be changed after creation.
 */
public final class SshSection {
    /** Key source: paste a public key. */
    public static final String EXISTING_KEY = "Use existing public key";
    /** Key source: generate an RSA 4096 pair here. */
    public static final String GENERATE = "Generate new key pair";
    /** Key source (clusters only): a password instead of a key. */
    public static final String PASSWORD = "Password";

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ObjectProperty<String> keySource = new SimpleObjectProperty<>(this, "keySource", EXISTING_KEY);
    private final ObservableList<String> keySources;
    private final FormField publicKey;
    private final FormField adminUser;
    private final FormField password;
    private final BooleanProperty generating = new SimpleBooleanProperty(this, "generating", false);
    private final StringProperty savedKeyPath = new SimpleStringProperty(this, "savedKeyPath", "");
    private final BooleanBinding valid;
    private final boolean cluster;

    SshSection(boolean cluster) {
        this.cluster = cluster;
        keySources = cluster ? FXCollections.observableArrayList(EXISTING_KEY, GENERATE, PASSWORD)
                : FXCollections.observableArrayList(EXISTING_KEY, GENERATE);
        publicKey = new FormField(text -> !enabled.get() || PASSWORD.equals(keySource.get())
                ? ValidationResult.ok()
                : GENERATE.equals(keySource.get()) && text.isBlank()
                        ? ValidationResult.error("Generate the key pair, or choose another key source")
                        : SshPublicKeys.validate(text), enabled, keySource);
        adminUser = new FormField(cluster ? "azureuser" : "", text -> !cluster || !enabled.get()
                ? ValidationResult.ok() : FormRules.required(text, "the admin user name"), enabled);
        adminUser.touchedProperty().set(false);
        password = new FormField(text -> !cluster || !enabled.get() || !PASSWORD.equals(keySource.get())
                ? ValidationResult.ok() : FormRules.required(text, "a password for the admin user"), enabled, keySource);
        valid = Bindings.createBooleanBinding(() -> publicKey.validProperty().get() && adminUser.validProperty().get()
                && password.validProperty().get() && !generating.get(), publicKey.validProperty(),
                adminUser.validProperty(), password.validProperty(), generating);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<String> keySourceProperty() {
        return keySource;
    }

    public ObservableList<String> keySources() {
        return keySources;
    }

    public FormField publicKey() {
        return publicKey;
    }

    public FormField adminUser() {
        return adminUser;
    }

    public FormField password() {
        return password;
    }

    public BooleanProperty generatingProperty() {
        return generating;
    }

    /** Where the generated private key was saved; empty before. */
    public StringProperty savedKeyPathProperty() {
        return savedKeyPath;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** True when a key (not a password) is sent. */
    boolean usesKey() {
        return enabled.get() && !PASSWORD.equals(keySource.get());
    }

    /** The OpenSSH line to send, or null. */
    String publicKeyLine() {
        if (!usesKey()) {
            return null;
        }
        return SshPublicKeys.parse(publicKey.get()).openSshLine().orElse(publicKey.get().strip());
    }

    /**
     * Generates an RSA 4096 key pair in the background, saves the private key owner-only where the user chooses,
     * and puts the public key in the form.
     *
     * @param context   the form's services
     * @param keyName   suggested file name ("ci-a_key.pem")
     * @param onFailure where a failure is shown
     */
    void generate(FormServices context, String keyName, java.util.function.Consumer<ErrorInfo> onFailure,
                  java.util.function.Consumer<String> onSaved) {
        Optional<Path> file = context.files().choosePrivateKeyFile(keyName);
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        generating.set(true);
        Supplier<String> comment = () -> keyName.replace(".pem", "");
        String keyComment = comment.get();
        context.executor().submit(BackgroundTask.titled("Generating SSH key pair " + target.getFileName(),
                        target.toString(), cancellation -> NewSshKeyPair.generateAndSave(target, keyComment,
                                cancellation))
                .onSuccess(line -> {
                    keySource.set(GENERATE);
                    publicKey.set(line);
                    savedKeyPath.set(target.toString());
                    onSaved.accept("Private key saved to " + target + " (readable by you only). Keep it: Azure does"
                            + " not store it.");
                })
                .onFailure(error -> onFailure.accept(ErrorInfos.from("Generating the SSH key pair failed", error)))
                .whenDone(() -> generating.set(false)));
    }

    /** The key sources offered. */
    List<String> sources() {
        return List.copyOf(keySources);
    }

    boolean isCluster() {
        return cluster;
    }
}

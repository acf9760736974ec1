package dev.computedesk.ui.compute.create;

import dev.computedesk.domain.ssh.SshPublicKeys;
import dev.computedesk.domain.text.Messages;
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
 * with the private key saved where the user chooses), and for clusters the admin user and password. An instance also
 * offers Studio's "Use existing key stored in Azure" ({@link AzureSshKeyPicker}) and "Set up an SSH key later" (SSH
 * enabled with no key; the key is added afterwards from the instance's details in Studio, as Microsoft's
 * how-to-create-compute-instance "Set up an SSH key later" describes; docs/arm.md).
 * Cannot be changed after creation.
 */
public final class SshSection {
    /**
     * Where the key comes from. The choice is a value, not the text shown: {@link #label()} reads the bundle each time
     * it is shown, so a list built in one language shows another after {@code Messages.use}.
     */
    public enum KeySource {
        /** Paste a public key. */
        EXISTING_KEY,
        /** Generate an RSA 4096 pair here. */
        GENERATE,
        /** Clusters only: a password instead of a key. */
        PASSWORD,
        /** Instances only: a {@code Microsoft.Compute/sshPublicKeys} resource of the subscription. */
        AZURE_KEY,
        /** Instances only: SSH enabled, no key sent; one is added after creation. */
        LATER;

        /** The choice as the language in use names it ("Generate new key pair"). */
        public String label() {
            return switch (this) {
                case EXISTING_KEY -> Messages.get("compute.code.choice.existingKey");
                case GENERATE -> Messages.get("compute.code.choice.generateKey");
                case PASSWORD -> Messages.get("compute.code.choice.sshPassword");
                case AZURE_KEY -> Messages.get("compute.code.choice.azureKey");
                case LATER -> Messages.get("compute.code.choice.later");
            };
        }
    }

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ObjectProperty<KeySource> keySource = new SimpleObjectProperty<>(this, "keySource");
    private final ObservableList<KeySource> keySources;
    private final FormField publicKey;
    private final FormField adminUser;
    private final FormField password;
    private final BooleanProperty generating = new SimpleBooleanProperty(this, "generating", false);
    private final StringProperty savedKeyPath = new SimpleStringProperty(this, "savedKeyPath", "");
    private final BooleanBinding valid;
    private final boolean cluster;
    private final AzureSshKeyPicker azureKeys;
    private Runnable retryAzureKeys = () -> { };

    SshSection(boolean cluster) {
        this.cluster = cluster;
        // An instance starts on Studio's default; a cluster on the key its form always began with.
        keySource.set(cluster ? KeySource.EXISTING_KEY : KeySource.GENERATE);
        keySources = cluster
                ? FXCollections.observableArrayList(KeySource.EXISTING_KEY, KeySource.GENERATE, KeySource.PASSWORD)
                : FXCollections.observableArrayList(KeySource.GENERATE, KeySource.EXISTING_KEY, KeySource.AZURE_KEY,
                        KeySource.LATER);
        azureKeys = new AzureSshKeyPicker(enabled.and(keySource.isEqualTo(KeySource.AZURE_KEY)));
        publicKey = new FormField(text -> !enabled.get() || !typesKey()
                ? ValidationResult.ok()
                : keySource.get() == KeySource.GENERATE && text.isBlank()
                        ? cluster ? ValidationResult.error(Messages.get("compute.code.ssh.generateFirst"))
                        : ValidationResult.ok()
                        : SshPublicKeys.validate(text), enabled, keySource);
        adminUser = new FormField(cluster ? "azureuser" : "", text -> !cluster || !enabled.get()
                ? ValidationResult.ok() : FormRules.required(text, Messages.get("compute.code.form.what.adminUser")), enabled);
        adminUser.touchedProperty().set(false);
        password = new FormField(text -> !cluster || !enabled.get() || keySource.get() != KeySource.PASSWORD
                ? ValidationResult.ok() : FormRules.required(text, Messages.get("compute.code.form.what.adminPassword")), enabled, keySource);
        valid = Bindings.createBooleanBinding(() -> publicKey.validProperty().get() && adminUser.validProperty().get()
                && password.validProperty().get() && azureKeys.check().validProperty().get() && !generating.get(),
                publicKey.validProperty(), adminUser.validProperty(), password.validProperty(),
                azureKeys.check().validProperty(), generating);
    }

    /** True when the source takes a key in the text area (pasted or generated). */
    private boolean typesKey() {
        return keySource.get() == KeySource.EXISTING_KEY || keySource.get() == KeySource.GENERATE;
    }

    /** Lists the subscription's stored keys the first time "Use existing key stored in Azure" is chosen. */
    void listAzureKeysWhenChosen(FormServices services) {
        Runnable load = () -> azureKeys.loadOnce(services.executor(), services.connection().sshPublicKeys(),
                services.workspace().subscriptionId());
        keySource.addListener((obs, old, now) -> {
            if (now == KeySource.AZURE_KEY) {
                load.run();
            }
        });
        retryAzureKeys = load;
    }

    /** Lists the stored keys again after a failure ({@code Try again} under the picker). */
    public void retryAzureKeys() {
        retryAzureKeys.run();
    }

    public AzureSshKeyPicker azureKeys() {
        return azureKeys;
    }

    /**
     * Sets the source from a request read back: its key, if one of the listed stored keys, selects that key;
     * another key is shown as pasted; none means "set up later".
     */
    void restore(String adminPublicKey) {
        if (adminPublicKey == null || adminPublicKey.isBlank()) {
            keySource.set(cluster ? KeySource.EXISTING_KEY : KeySource.LATER);
            return;
        }
        if (!cluster && azureKeys.selectKey(adminPublicKey)) {
            keySource.set(KeySource.AZURE_KEY);
            return;
        }
        keySource.set(KeySource.EXISTING_KEY);
        publicKey.set(adminPublicKey);
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<KeySource> keySourceProperty() {
        return keySource;
    }

    public ObservableList<KeySource> keySources() {
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
        return enabled.get() && keySource.get() != KeySource.PASSWORD;
    }

    /**
     * True when an instance's key pair is still to be generated: "Generate new key pair" chosen and none generated
     * yet. Create then generates it first, as Studio does.
     */
    boolean generatesOnCreate() {
        return !cluster && enabled.get() && keySource.get() == KeySource.GENERATE && publicKey.get().isBlank();
    }

    /** The OpenSSH line to send, or null. */
    String publicKeyLine() {
        if (!usesKey() || keySource.get() == KeySource.LATER || generatesOnCreate()) {
            return null;
        }
        if (keySource.get() == KeySource.AZURE_KEY) {
            return azureKeys.publicKeyLine();
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
     * @param then      runs once the key is in the form (Create goes on from there)
     */
    void generate(FormServices context, String keyName, java.util.function.Consumer<ErrorInfo> onFailure,
                  java.util.function.Consumer<String> onSaved, Runnable then) {
        Optional<Path> file = context.files().choosePrivateKeyFile(keyName);
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        generating.set(true);
        Supplier<String> comment = () -> keyName.replace(".pem", "");
        String keyComment = comment.get();
        context.executor().submit(BackgroundTask.titled(Messages.get("compute.code.ssh.generating", target.getFileName()),
                        target.toString(), cancellation -> NewSshKeyPair.generateAndSave(target, keyComment,
                                cancellation))
                .onSuccess(line -> {
                    generating.set(false);
                    keySource.set(KeySource.GENERATE);
                    publicKey.set(line);
                    savedKeyPath.set(target.toString());
                    onSaved.accept(Messages.get("compute.code.ssh.saved", target));
                    then.run();
                })
                .onFailure(error -> onFailure.accept(ErrorInfos.from(Messages.get("compute.code.ssh.generateFailed"), error)))
                .whenDone(() -> generating.set(false)));
    }

    /** The key sources offered. */
    List<KeySource> sources() {
        return List.copyOf(keySources);
    }

    boolean isCluster() {
        return cluster;
    }
}

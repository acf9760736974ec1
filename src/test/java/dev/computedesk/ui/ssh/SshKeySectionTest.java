package dev.computedesk.ui.ssh;

import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The key section alone: its hints, its memory per compute, and where Browse opens. */
class SshKeySectionTest {
    @TempDir Path settingsDir;
    @TempDir Path home;

    private final OperationLog operations = new OperationLog();
    private final SshTestSupport.ScriptedChooser chooser = new SshTestSupport.ScriptedChooser();
    private final StringProperty path = new SimpleStringProperty("");
    private final SimpleBooleanProperty leftOut = new SimpleBooleanProperty();
    private final List<String> clipboard = new ArrayList<>();
    private final SshFeedback feedback = new SshFeedback(clipboard::add);
    private final SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3",
            50000, ComputeInstanceState.RUNNING));

    private SshKeySection section(RememberedKeyPaths keyPaths) {
        return new SshKeySection(subject, path, leftOut, chooser, keyPaths, home.resolve(".ssh"),
                TrackingTaskExecutor.synchronous(operations), feedback);
    }

    private RememberedKeyPaths keyPaths() {
        return new RememberedKeyPaths(settingsDir, problem -> { });
    }

    @Test
    void warnsAboutAPublicKeyATildeAndAPathTheConfigCannotHold() {
        SshKeySection keys = section(keyPaths());

        path.set("/keys/ci.PUB");
        assertThat(keys.keyPathWarningProperty().get()).startsWith("This looks like the public key.");
        path.set("~/.ssh/ci.pem");
        assertThat(keys.keyPathWarningProperty().get()).startsWith("A path starting with ~ is not expanded");
        leftOut.set(true);
        assertThat(keys.keyPathWarningProperty().get()).isEqualTo("This path cannot go into ~/.ssh/config (it "
                + "contains a line break or '\"'); the Host block leaves IdentityFile out.");
        leftOut.set(false);
        path.set("/keys/ci.pem");
        assertThat(keys.keyPathWarningProperty().get()).isEmpty();
    }

    @Test
    void aRememberedPathFillsAnEmptyFieldButNeverReplacesATypedOne() {
        SshKeySection keys = section(keyPaths());
        keys.remembered(Optional.of("/keys/remembered.pem"));
        assertThat(path.get()).isEqualTo("/keys/remembered.pem");

        path.set("/keys/typed.pem");
        keys.remembered(Optional.of("/keys/other.pem"));
        assertThat(path.get()).isEqualTo("/keys/typed.pem");
    }

    @Test
    void committingTheSamePathTwiceRemembersItOnceAndClearingForgetsIt() {
        RememberedKeyPaths memory = keyPaths();
        SshKeySection keys = section(memory);
        String key = subject.get().rememberKey();

        path.set("/keys/ci.pem");
        keys.rememberKeyPath();
        keys.rememberKeyPath();

        assertThat(operations.finished()).extracting(entry -> entry.title())
                .containsExactly("Remembering the private key of ci-a");
        assertThat(memory.find(key)).contains("/keys/ci.pem");

        keys.clearKey();

        assertThat(path.get()).isEmpty();
        assertThat(memory.find(key)).isEmpty();
        assertThat(operations.finished()).extracting(entry -> entry.title())
                .contains("Forgetting the private key of ci-a");
    }

    @Test
    void browseOpensBesideTheCurrentKeyOrInSshAndKeepsTheFieldWhenCancelled() {
        SshKeySection keys = section(keyPaths());

        keys.browseKey();
        path.set(home.resolve("keys").resolve("ci.pem").toString());
        keys.browseKey();

        assertThat(chooser.openedIn).containsExactly(home.resolve(".ssh"), home.resolve("keys"));
        assertThat(path.get()).isEqualTo(home.resolve("keys").resolve("ci.pem").toString());
        assertThat(operations.finished()).isEmpty();
    }

    @Test
    void aPathThatCannotBeRememberedIsSaidInTheFooter() throws IOException {
        // The settings "folder" is a file: nothing can be written under it.
        Path notAFolder = Files.writeString(settingsDir.resolve("file"), "x");
        SshKeySection keys = section(new RememberedKeyPaths(notAFolder, problem -> { }));

        path.set("/keys/ci.pem");
        keys.rememberKeyPath();

        assertThat(feedback.feedbackProperty().get()).isEqualTo("Could not remember the key path: The SSH key path "
                + "could not be saved in " + notAFolder.resolve(RememberedKeyPaths.FILE_NAME));
    }
}

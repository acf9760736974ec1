package dev.computedesk.ui.ssh;

import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.ssh.SshConfigEntry;
import dev.computedesk.domain.ssh.SshTarget;
import dev.computedesk.ui.common.OperationLog;
import dev.computedesk.ui.common.TrackingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code ~/.ssh/config} section alone, on a temporary home folder: what it previews, says and writes. */
class SshConfigSectionTest {
    private static final SshConfigEntry CI_A = SshConfigEntry.of("ws-demo-ci-a", SshTarget.of("azureuser",
            "20.1.2.3", 50000), null);

    @TempDir Path home;

    private final OperationLog operations = new OperationLog();
    private final List<String> clipboard = new ArrayList<>();
    private final SshFeedback feedback = new SshFeedback(clipboard::add);
    private final SshSubjectSection subject = SshTestSupport.subject(SshTestSupport.instanceAt("ci-a", "20.1.2.3",
            50000, ComputeInstanceState.RUNNING));

    private SshConfigFile file() {
        return new SshConfigFile(home, SshTestSupport.FIXED_CLOCK);
    }

    private SshConfigSection section() {
        return new SshConfigSection(subject, TrackingTaskExecutor.synchronous(operations), file(), feedback);
    }

    @Test
    void nothingIsPreviewedOrWrittenBeforeTheFileIsRead() {
        SshConfigSection config = section();

        config.show(CI_A);
        config.writeSshConfig();

        assertThat(config.configPreviewProperty().get()).isEmpty();
        assertThat(config.canWriteConfigProperty().get()).isFalse();
        assertThat(operations.finished()).isEmpty();
        assertThat(Files.exists(home.resolve(".ssh"))).isFalse();
    }

    @Test
    void theStatusSaysWhatWritingWillDoThenThatNothingIsLeftToWrite() throws IOException {
        Path config = Files.createDirectories(home.resolve(".ssh")).resolve("config");
        Files.writeString(config, "Host github.com\n  User git\n");
        SshConfigSection section = section();
        section.loaded(SshConfigSection.read(file()));
        section.show(CI_A);
        assertThat(section.configStatusProperty().get()).startsWith("Writing adds Host ws-demo-ci-a to the Compute "
                + "Desk block of ~/.ssh/config, placed above the file's first Host or Match line");
        feedback.say("Copied the ssh command.");

        section.writeSshConfig();

        assertThat(section.configStatusProperty().get()).isEqualTo("Wrote Host ws-demo-ci-a to ~/.ssh/config; the "
                + "previous file is saved as ~/.ssh/config.bak-20261124-060000. Connect with: ssh ws-demo-ci-a");
        assertThat(feedback.feedbackProperty().get()).as("a write clears the footer").isEmpty();
        assertThat(section.configUpToDateProperty().get()).isTrue();

        section.show(CI_A);
        assertThat(section.configStatusProperty().get())
                .isEqualTo("~/.ssh/config already has Host ws-demo-ci-a as shown: nothing to write.");

        section.show(SshConfigEntry.of("ws-demo-ci-a", SshTarget.of("azureuser", "20.1.2.4", 50000), null));
        assertThat(section.configStatusProperty().get()).startsWith("Writing replaces Host ws-demo-ci-a in the "
                + "Compute Desk block of ~/.ssh/config.");
        assertThat(section.configUpToDateProperty().get()).isFalse();

        section.show(null);
        assertThat(section.configPreviewProperty().get()).isEmpty();
        assertThat(section.configStatusProperty().get()).isEmpty();
    }

    @Test
    void thePreviewShowsACrlfFilesBlockWithPlainLineEnds() throws IOException {
        Path config = Files.createDirectories(home.resolve(".ssh")).resolve("config");
        Files.writeString(config, "Host github.com\r\n  User git\r\n");
        SshConfigSection section = section();
        section.loaded(SshConfigSection.read(file()));

        section.show(CI_A);

        assertThat(section.configPreviewProperty().get()).isEqualTo("# BEGIN Compute Desk managed hosts\n"
                + "# Compute Desk rewrites the hosts in this block; edit elsewhere in the file.\n"
                + "Host ws-demo-ci-a\n  HostName 20.1.2.3\n  Port 50000\n  User azureuser\n"
                + "# END Compute Desk managed hosts\n");
        assertThat(SshConfigSection.managedBlock("Host x\n")).isEmpty();
    }

    @Test
    void aWriteThatFailsSaysTheFileIsUnchangedAndCanBeTriedAgain() throws IOException {
        // ~/.ssh is a file, so neither the folder nor the config can be created.
        Files.writeString(home.resolve(".ssh"), "not a folder");
        SshConfigSection section = section();
        section.loaded(SshConfigSection.read(file()));
        section.show(CI_A);
        assertThat(section.canWriteConfigProperty().get()).isTrue();

        section.writeSshConfig();

        assertThat(section.configStatusProperty().get()).startsWith("Writing ~/.ssh/config failed, and the file is "
                + "unchanged: ");
        assertThat(section.configProblemProperty().get()).isFalse();
        assertThat(section.writingConfigProperty().get()).isFalse();
        assertThat(section.canWriteConfigProperty().get()).isTrue();
        assertThat(Files.readString(home.resolve(".ssh"))).isEqualTo("not a folder");
    }

    @Test
    void copyingTheBlockPutsThePreviewOnTheClipboard() {
        SshConfigSection section = section();
        section.loaded(SshConfigSection.read(file()));
        section.show(CI_A);

        section.copySshConfigBlock();

        assertThat(clipboard).containsExactly(section.configPreviewProperty().get());
        assertThat(feedback.feedbackProperty().get()).isEqualTo("Copied the Compute Desk block for ~/.ssh/config.");
    }
}

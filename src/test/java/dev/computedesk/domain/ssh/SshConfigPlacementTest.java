package dev.computedesk.domain.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the managed block goes in {@code ~/.ssh/config}: before the first {@code Host} or {@code Match} line outside
 * it, because OpenSSH keeps the first value it finds for each option. Proven on the text always, and with the real
 * {@code ssh -G} when an OpenSSH client is installed.
 */
class SshConfigPlacementTest {

    private static final SshConfigEntry CI = new SshConfigEntry("ws-ci-a", "20.81.10.5", 50000, "azureuser",
            "/keys/ci-a.pem");
    private static final String BLOCK = SshConfigWriter.BEGIN_MARKER + "\n" + SshConfigWriter.NOTE + "\n"
            + "Host ws-ci-a\n  HostName 20.81.10.5\n  Port 50000\n  User azureuser\n  IdentityFile /keys/ci-a.pem\n"
            + SshConfigWriter.END_MARKER + "\n";
    private static final String USER_DEFAULTS = "Host *\n  User root\n  Port 2222\n  HostName wrong.example\n"
            + "  IdentityFile /keys/default\n";

    @TempDir
    Path home;

    @Test
    void goesAboveTheUsersHostStarDefaults() {
        assertThat(SshConfigWriter.preview(USER_DEFAULTS, List.of(CI))).isEqualTo(BLOCK + "\n" + USER_DEFAULTS);
    }

    @Test
    void globalOptionsAndIncludeStayAboveAndAMatchLineCountsAsAHostLine() {
        String mine = "Include config.d/*\nServerAliveInterval 60\n\nMatch host *.corp exec \"true\"\n  User corp\n"
                + "Host *\n  User root\n";
        assertThat(SshConfigWriter.preview(mine, List.of(CI))).isEqualTo("Include config.d/*\nServerAliveInterval 60\n\n"
                + BLOCK + "\nMatch host *.corp exec \"true\"\n  User corp\nHost *\n  User root\n");
    }

    @Test
    void keywordsAreFoundAsSshReadsThem() {
        // Any case, indented, or with '=' instead of white space; HostName at the top is not a section.
        assertThat(SshConfigWriter.preview("HostName x\n  host=*\n  User root\n", List.of(CI)))
                .isEqualTo("HostName x\n" + BLOCK + "\n  host=*\n  User root\n");
        assertThat(SshConfigWriter.preview("\tMATCH all\n", List.of(CI))).isEqualTo(BLOCK + "\n\tMATCH all\n");
    }

    @Test
    void theCommentsRightAboveTheFirstHostStayWithIt() {
        String mine = "# Work\n# (shared)\nHost *\n  User root\n";
        assertThat(SshConfigWriter.preview(mine, List.of(CI))).isEqualTo(BLOCK + "\n" + mine);
        String separated = "# my ssh config\n\nHost *\n  User root\n";
        assertThat(SshConfigWriter.preview(separated, List.of(CI)))
                .isEqualTo("# my ssh config\n\n" + BLOCK + "\nHost *\n  User root\n");
    }

    @Test
    void crlfAndNoFinalNewlineAreKept() {
        String mine = "Host *\r\n  User root\r\n  Port 2222";
        assertThat(SshConfigWriter.preview(mine, List.of(CI))).isEqualTo(BLOCK.replace("\n", "\r\n") + "\r\n" + mine);
        // No section at all: appended after the last line, which is closed with the file's line ending.
        assertThat(SshConfigWriter.preview("ServerAliveInterval 60", List.of(CI)))
                .isEqualTo("ServerAliveInterval 60\n\n" + BLOCK);
    }

    @Test
    void anExistingBlockBelowTheDefaultsIsMovedAboveThemAndUpdated() {
        String old = "Host *\r\n  User root\r\n\r\n" + SshConfigWriter.BEGIN_MARKER + "\r\n" + SshConfigWriter.NOTE
                + "\r\nHost ws-ci-a\r\n  HostName 1.1.1.1\r\n  Port 22\r\n  User azureuser\r\n\r\nHost ws-other\r\n"
                + "  HostName 2.2.2.2\r\n  Port 22\r\n  User azureuser\r\n" + SshConfigWriter.END_MARKER + "\r\n"
                + "Host github.com\r\n  User git";
        String updated = SshConfigWriter.preview(old, List.of(CI));
        assertThat(updated).isEqualTo(SshConfigWriter.BEGIN_MARKER + "\r\n" + SshConfigWriter.NOTE + "\r\n"
                + "Host ws-ci-a\r\n  HostName 20.81.10.5\r\n  Port 50000\r\n  User azureuser\r\n"
                + "  IdentityFile /keys/ci-a.pem\r\n\r\n"
                + "Host ws-other\r\n  HostName 2.2.2.2\r\n  Port 22\r\n  User azureuser\r\n"
                + SshConfigWriter.END_MARKER + "\r\n\r\n"
                + "Host *\r\n  User root\r\n\r\nHost github.com\r\n  User git");
        assertThat(SshConfigWriter.preview(updated, List.of(CI))).isEqualTo(updated);
    }

    @Test
    void commentsThatLookLikeOurMarkersAreTheUsers() {
        String mine = "# END Compute Desk managed hosts\nHost *\n  # BEGIN Compute Desk managed hosts\n  User root\n"
                + "# BEGIN Compute Desk managed hosts, copied from a colleague\n";
        String updated = SshConfigWriter.preview(mine, List.of(CI));
        assertThat(updated).isEqualTo(BLOCK + "\n" + mine);
        assertThat(SshConfigWriter.managedHosts(updated)).containsExactly(CI);
    }

    // ---- what ssh itself reads -----------------------------------------------------------------------------------

    @Test
    void sshItselfTakesOurValuesOverTheUsersHostStar() throws Exception {
        assumeTrue(sshClientWorks(), "No OpenSSH client here ('ssh -G' did not run): install openssh-client to "
                + "check the placement against ssh itself");
        Path sshDir = Files.createDirectory(home.resolve(".ssh"));
        // The text the helper writes (ui/ssh/SshConfigFileTest proves the file gets exactly this).
        Path config = Files.writeString(sshDir.resolve("config"), SshConfigWriter.preview(USER_DEFAULTS, List.of(CI)));

        Map<String, List<String>> resolved = sshG(config, "ws-ci-a");
        assertThat(resolved.get("hostname")).containsExactly("20.81.10.5");
        assertThat(resolved.get("port")).containsExactly("50000");
        assertThat(resolved.get("user")).containsExactly("azureuser");
        // IdentityFile accumulates: ours comes first, so ssh offers it first.
        assertThat(resolved.get("identityfile").get(0)).isEqualTo("/keys/ci-a.pem");
        // Other hosts still get the user's defaults.
        assertThat(sshG(config, "elsewhere").get("user")).containsExactly("root");

        // The first release's place (after the defaults) loses to them: this is what the rule fixes.
        Path appended = Files.writeString(sshDir.resolve("appended"), USER_DEFAULTS + "\n" + BLOCK);
        assertThat(sshG(appended, "ws-ci-a").get("port")).containsExactly("2222");
        assertThat(sshG(appended, "ws-ci-a").get("user")).containsExactly("root");
    }

    private static boolean sshClientWorks() {
        try {
            Process process = new ProcessBuilder("ssh", "-G", "-F", "/dev/null", "probe.invalid")
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code ssh -G -F config alias}: the options ssh would use, each keyword with its values in order. */
    private static Map<String, List<String>> sshG(Path config, String alias) throws Exception {
        Process process = new ProcessBuilder("ssh", "-G", "-F", config.toString(), alias).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("ssh -G failed: %s", err).isZero();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String[] words = line.strip().split(" ", 2);
            if (words.length == 2) {
                options.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words[1]);
            }
        }
        return options;
    }

}

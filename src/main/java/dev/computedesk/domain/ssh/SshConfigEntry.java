package dev.computedesk.domain.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code Host} block of {@code ~/.ssh/config}:
 * <pre>
 * Host ws-ci-a
 *   HostName 20.1.2.3
 *   Port 50000
 *   User azureuser
 *   IdentityFile "C:\Users\me\My Keys\ci-a.pem"
 * </pre>
 * {@code IdentityFile} appears only when a key is chosen and is double-quoted when it has spaces.
 *
 * @param alias        the {@code Host} alias (see {@link SshHostAlias})
 * @param hostName     IP address or host name
 * @param port         SSH port
 * @param user         login user
 * @param identityFile private key path, or {@code null} when none is chosen
 */
public record SshConfigEntry(String alias, String hostName, int port, String user, String identityFile) {

    /** Validates: values must stay on one line, and the alias must be one word. */
    public SshConfigEntry {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(user, "user");
        if (alias.isBlank() || alias.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A Host alias is one word: '" + alias + "'");
        }
        for (String value : new String[] {hostName, user, identityFile}) {
            if (value != null && (value.contains("\n") || value.contains("\r") || value.contains("\""))) {
                throw new IllegalArgumentException("An ssh config value cannot contain line breaks or '\"': " + value);
            }
        }
        if (identityFile != null && identityFile.isBlank()) {
            identityFile = null;
        }
    }

    /** The entry for a target under an alias. */
    public static SshConfigEntry of(String alias, SshTarget target, String identityFile) {
        return new SshConfigEntry(alias, target.host(), target.port(), target.user(), identityFile);
    }

    /** The block's lines, without line terminators. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Host " + alias);
        lines.add("  HostName " + hostName);
        lines.add("  Port " + port);
        lines.add("  User " + user);
        if (identityFile != null) {
            lines.add("  IdentityFile " + (identityFile.contains(" ") || identityFile.contains("\t")
                    ? "\"" + identityFile + "\"" : identityFile));
        }
        return lines;
    }

    /** The block as text, each line ended by {@code \n}. */
    public String render() {
        return String.join("\n", lines()) + "\n";
    }
}

package dev.computedesk.domain.ssh;

/**
 * The ssh and scp command lines of the SSH helper (docs/ssh.md):
 * <pre>
 * ssh -i &lt;key&gt; -p &lt;port&gt; &lt;user&gt;@&lt;host&gt;
 * scp -i &lt;key&gt; -P &lt;port&gt; &lt;local&gt; &lt;user&gt;@&lt;host&gt;:~/
 * scp -i &lt;key&gt; -P &lt;port&gt; &lt;user&gt;@&lt;host&gt;:&lt;remote&gt; .
 * </pre>
 * The {@code -i} part appears only when a key is chosen. Each value is quoted for the chosen
 * {@link Shell} on its own; a quoted piece inside {@code user@host:path} stays one argument in both
 * POSIX shells and PowerShell because the word starts unquoted.
 */
public final class SshCommands {

    private SshCommands() {
    }

    /**
     * The ssh command.
     *
     * @param privateKeyPath the private key file, or {@code null}/blank when none is chosen
     */
    public static String ssh(SshTarget target, String privateKeyPath, Shell shell) {
        return "ssh" + identity(privateKeyPath, shell) + " -p " + target.port() + " " + userAtHost(target, shell);
    }

    /** The scp command that copies {@code localPath} to the remote home directory. */
    public static String scpUpload(SshTarget target, String privateKeyPath, String localPath, Shell shell) {
        return "scp" + identity(privateKeyPath, shell) + " -P " + target.port() + " " + shell.quote(localPath) + " "
                + userAtHost(target, shell) + ":~/";
    }

    /** The scp command that copies {@code remotePath} into the current local directory. */
    public static String scpDownload(SshTarget target, String privateKeyPath, String remotePath, Shell shell) {
        return "scp" + identity(privateKeyPath, shell) + " -P " + target.port() + " " + userAtHost(target, shell) + ":"
                + shell.quote(remotePath) + " .";
    }

    private static String identity(String privateKeyPath, Shell shell) {
        return privateKeyPath == null || privateKeyPath.isBlank() ? "" : " -i " + shell.quote(privateKeyPath);
    }

    private static String userAtHost(SshTarget target, Shell shell) {
        return shell.quote(target.user()) + "@" + shell.quote(target.host());
    }
}

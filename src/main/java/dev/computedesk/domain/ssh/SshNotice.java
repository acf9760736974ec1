package dev.computedesk.domain.ssh;

/**
 * A problem with the user-facing sentence that explains it.
 *
 * @param problem what is wrong
 * @param message what to show (e.g. in {@code #sshUnavailableLabel})
 */
public record SshNotice(SshProblem problem, String message) {
}

/**
 * The SSH helper's non-UI core: whether SSH can work ({@link dev.computedesk.domain.ssh.SshReadiness}),
 * the command text ({@link dev.computedesk.domain.ssh.SshCommands}, {@link dev.computedesk.domain.ssh.Shell}),
 * {@code ~/.ssh/config} ({@link dev.computedesk.domain.ssh.SshHostAlias},
 * {@link dev.computedesk.domain.ssh.SshConfigEntry}, {@link dev.computedesk.domain.ssh.SshConfigWriter}),
 * VS Code links ({@link dev.computedesk.domain.ssh.VsCodeRemote}), and keys
 * ({@link dev.computedesk.domain.ssh.SshKeys}, {@link dev.computedesk.domain.ssh.SshPublicKeys}).
 */
package dev.computedesk.domain.ssh;

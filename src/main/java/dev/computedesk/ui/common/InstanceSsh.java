package dev.computedesk.ui.common;

import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeInstanceSshSettings;
import dev.computedesk.azure.model.ConnectivityEndpoints;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.ssh.SshAvailability;
import dev.computedesk.domain.ssh.SshReadiness;

/**
 * Whether SSH can reach a compute instance, read from the fields ARM reports ({@code sshSettings},
 * {@code connectivityEndpoints}, {@code state}). One reading for the SSH helper and for the Compute page's
 * "VS Code (Desktop)", so both say the same thing about the same instance.
 */
public final class InstanceSsh {

    private InstanceSsh() {
    }

    /** The instance's SSH availability; {@code settings} may be null (nothing reported yet). */
    public static SshAvailability availability(ComputeInstanceSettings settings) {
        ComputeInstanceSshSettings ssh = settings == null ? null : settings.sshSettings();
        ConnectivityEndpoints endpoints = settings == null ? null : settings.connectivityEndpoints();
        ComputeInstanceState state = settings == null ? null : settings.state();
        return SshReadiness.forInstance(ssh == null ? null : ssh.sshPublicAccess(),
                state == null ? null : state.armValue(), ssh == null ? null : ssh.adminUserName(),
                endpoints == null ? null : endpoints.publicIpAddress(),
                endpoints == null ? null : endpoints.privateIpAddress(), ssh == null ? null : ssh.sshPort());
    }
}

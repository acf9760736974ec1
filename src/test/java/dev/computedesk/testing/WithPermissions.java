package dev.computedesk.testing;

import com.azure.core.http.HttpPipeline;
import com.azure.core.management.AzureEnvironment;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.CapacityClient;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.LinkedServiceClient;
import dev.computedesk.azure.PermissionClient;
import dev.computedesk.azure.Principal;
import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.SshPublicKeyClient;
import dev.computedesk.azure.SubscriptionClient;
import dev.computedesk.azure.SynapseClient;
import dev.computedesk.azure.WorkspaceClient;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.model.PermissionCheck;

import java.util.List;

/**
 * The emulator's connection as a principal with other role assignments: every client is the real one over HTTP,
 * except the role pre-flight, which answers {@code permissions}. The demo user is Contributor on the whole
 * subscription, so "no role on this Synapse workspace" cannot be seeded otherwise.
 */
public final class WithPermissions implements AzureConnection {
    private final AzureConnection real;
    private final PermissionClient permissions;

    private WithPermissions(AzureConnection real, PermissionClient permissions) {
        this.real = real;
        this.permissions = permissions;
    }

    /** {@code real}, where the signed-in principal holds neither Owner nor Contributor anywhere. */
    public static AzureConnection noRole(AzureConnection real) {
        return new WithPermissions(real, scope -> new PermissionCheck(scope, real.principal().objectId(), false,
                false, List.of()));
    }

    /** {@code real}, where the signed-in principal is Contributor everywhere. */
    public static AzureConnection contributor(AzureConnection real) {
        return new WithPermissions(real, scope -> new PermissionCheck(scope, real.principal().objectId(), false,
                true, List.of()));
    }

    @Override
    public ConnectionKind kind() {
        return real.kind();
    }

    @Override
    public String displayName() {
        return real.displayName();
    }

    @Override
    public Principal principal() {
        return real.principal();
    }

    @Override
    public AzureEnvironment environment() {
        return real.environment();
    }

    @Override
    public HttpPipeline pipeline() {
        return real.pipeline();
    }

    @Override
    public ComputeClient computes() {
        return real.computes();
    }

    @Override
    public WorkspaceClient workspaces() {
        return real.workspaces();
    }

    @Override
    public SshPublicKeyClient sshPublicKeys() {
        return real.sshPublicKeys();
    }

    @Override
    public SubscriptionClient subscriptions() {
        return real.subscriptions();
    }

    @Override
    public CapacityClient capacity() {
        return real.capacity();
    }

    @Override
    public LinkedServiceClient linkedServices() {
        return real.linkedServices();
    }

    @Override
    public SynapseClient synapse() {
        return real.synapse();
    }

    @Override
    public ResourcePickerClient pickers() {
        return real.pickers();
    }

    @Override
    public PermissionClient permissions() {
        return permissions;
    }
}

package dev.computedesk.azure.internal;

import com.azure.core.http.HttpPipeline;
import com.azure.core.management.AzureEnvironment;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.CapacityClient;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.LinkedServiceClient;
import dev.computedesk.azure.PermissionClient;
import dev.computedesk.azure.Principal;
import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.SshPublicKeyClient;
import dev.computedesk.azure.SubscriptionClient;
import dev.computedesk.azure.SynapseClient;
import dev.computedesk.azure.WorkspaceClient;
import dev.computedesk.azure.connection.ConnectionKind;

/** The {@link AzureConnection} the factory builds: one pipeline, one {@link ArmHttp}, the clients on it. */
public final class ArmConnection implements AzureConnection {
    private final ConnectionKind kind;
    private final String displayName;
    private final Principal principal;
    private final AzureEnvironment environment;
    private final HttpPipeline pipeline;
    private final ComputeClient computes;
    private final SubscriptionClient subscriptions;
    private final WorkspaceClient workspaces;
    private final CapacityClient capacity;
    private final LinkedServiceClient linkedServices;
    private final SynapseClient synapse;
    private final ResourcePickerClient pickers;
    private final PermissionClient permissions;
    private final SshPublicKeyClient sshPublicKeys;

    /** Wires the clients on {@code pipeline}. */
    public ArmConnection(ConnectionKind kind, String displayName, Principal principal, AzureEnvironment environment,
                         HttpPipeline pipeline, ConnectionOptions options) {
        this.kind = kind;
        this.displayName = displayName;
        this.principal = principal;
        this.environment = environment;
        this.pipeline = pipeline;
        ArmHttp http = new ArmHttp(pipeline, environment.getResourceManagerEndpoint(), options.network());
        this.computes = new ArmComputeClient(http, options);
        SdkManagers sdk = new SdkManagers(http, pipeline, environment, principal == null ? null : principal.tenantId());
        this.subscriptions = new ArmSubscriptionClient(http, sdk);
        this.workspaces = new ArmWorkspaceClient(http, subscriptions);
        this.capacity = new ArmCapacityClient(http, sdk);
        this.linkedServices = new ArmLinkedServiceClient(http);
        this.synapse = new ArmSynapseClient(http);
        this.pickers = new ArmResourcePickerClient(http, sdk);
        this.permissions = new ArmPermissionClient(sdk, principal);
        this.sshPublicKeys = new ArmSshPublicKeyClient(sdk);
    }

    @Override
    public ConnectionKind kind() {
        return kind;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Principal principal() {
        return principal;
    }

    @Override
    public AzureEnvironment environment() {
        return environment;
    }

    @Override
    public HttpPipeline pipeline() {
        return pipeline;
    }

    @Override
    public ComputeClient computes() {
        return computes;
    }

    @Override
    public WorkspaceClient workspaces() {
        return workspaces;
    }

    @Override
    public SubscriptionClient subscriptions() {
        return subscriptions;
    }

    @Override
    public CapacityClient capacity() {
        return capacity;
    }

    @Override
    public LinkedServiceClient linkedServices() {
        return linkedServices;
    }

    @Override
    public SynapseClient synapse() {
        return synapse;
    }

    @Override
    public ResourcePickerClient pickers() {
        return pickers;
    }

    @Override
    public PermissionClient permissions() {
        return permissions;
    }

    @Override
    public String toString() {
        return "ArmConnection[" + kind + ", " + displayName + ", " + environment.getResourceManagerEndpoint() + "]";
    }

    @Override
    public SshPublicKeyClient sshPublicKeys() {
        return sshPublicKeys;
    }
}

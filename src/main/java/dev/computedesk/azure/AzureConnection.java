package dev.computedesk.azure;

import com.azure.core.http.HttpPipeline;
import com.azure.core.management.AzureEnvironment;
import dev.computedesk.azure.connection.ConnectionKind;

/**
 * One signed-in connection (the local emulator or an Azure account): one HTTP pipeline, its environment, the
 * signed-in principal, and the typed clients that share them. Built by {@code azure.connect.ConnectionFactory}.
 */
public interface AzureConnection extends AutoCloseable {

    /** How this connection authenticates. */
    ConnectionKind kind();

    /** "Local emulator", "Emulator at URL" or "name (tenant)" for {@code #connectionLabel}. */
    String displayName();

    /** The signed-in principal (from the token's {@code oid}, {@code tid}, {@code name} claims). */
    Principal principal();

    /** The environment whose {@code resourceManagerEndpointUrl} the clients call. */
    AzureEnvironment environment();

    /** The connection's single pipeline (credential, user agent, request id, retry, recording, logging). */
    HttpPipeline pipeline();

    /** Computes. */
    ComputeClient computes();

    /** ML workspaces. */
    WorkspaceClient workspaces();

    /** Tenants, subscriptions, resource groups. */
    SubscriptionClient subscriptions();

    /** VM sizes, usages, quotas. */
    CapacityClient capacity();

    /** Linked services. */
    LinkedServiceClient linkedServices();

    /** Synapse workspaces and Spark pools. */
    SynapseClient synapse();

    /** What the create/attach forms list. */
    ResourcePickerClient pickers();

    /** Role pre-flight. */
    PermissionClient permissions();

    /** SSH public keys stored in a subscription (the instance form's "Use existing key stored in Azure"). */
    SshPublicKeyClient sshPublicKeys();

    /** Releases nothing shared today; present so the app can close a connection it replaces. */
    @Override
    default void close() {
    }
}

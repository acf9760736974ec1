package dev.computedesk.azure.internal;

import com.azure.resourcemanager.compute.fluent.models.SshPublicKeyResourceInner;
import dev.computedesk.azure.SshPublicKeyClient;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.SshPublicKey;
import java.util.List;

/**
 * {@link SshPublicKeyClient} through the SDK's {@code ComputeManager}, as the virtual machines are read: Compute's
 * {@code SshPublicKeys_ListBySubscription} ({@code GET /subscriptions/{s}/providers/Microsoft.Compute/sshPublicKeys},
 * pages followed by the SDK), over the connection's own pipeline.
 */
final class ArmSshPublicKeyClient implements SshPublicKeyClient {
    private final SdkManagers sdk;

    ArmSshPublicKeyClient(SdkManagers sdk) {
        this.sdk = sdk;
    }

    @Override
    public List<SshPublicKey> list(String subscriptionId) {
        return sdk.call(() -> sdk.compute(subscriptionId).serviceClient().getSshPublicKeys().list().stream()
                .map(ArmSshPublicKeyClient::key).toList());
    }

    private static SshPublicKey key(SshPublicKeyResourceInner key) {
        return new SshPublicKey(key.id(), key.name(), ArmId.parse(key.id()).resourceGroup(), key.location(),
                key.publicKey());
    }
}

package dev.computedesk.azure;

import dev.computedesk.azure.model.SshPublicKey;
import java.util.List;

/**
 * The SSH public keys stored in a subscription ({@code Microsoft.Compute/sshPublicKeys}). Blocking: call it off the
 * FX thread. Failures throw {@link ArmException}.
 */
public interface SshPublicKeyClient {

    /** Every SSH public key resource of the subscription, across its resource groups (all pages). */
    List<SshPublicKey> list(String subscriptionId);
}

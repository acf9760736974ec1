package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.SshPublicKeyClient;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.SshPublicKey;
import java.util.List;

/**
 * {@link SshPublicKeyClient} over {@link ArmHttp}: {@code GET /subscriptions/{s}/providers/Microsoft.Compute/
 * sshPublicKeys} (Compute's {@code SshPublicKeys_ListBySubscription}, pageable by {@code nextLink}).
 */
final class ArmSshPublicKeyClient implements SshPublicKeyClient {
    private final ArmHttp http;

    ArmSshPublicKeyClient(ArmHttp http) {
        this.http = http;
    }

    @Override
    public List<SshPublicKey> list(String subscriptionId) {
        String url = http.url("/subscriptions/" + ArmHttp.encode(subscriptionId)
                + "/providers/Microsoft.Compute/sshPublicKeys", ApiVersions.COMPUTE_SSH_PUBLIC_KEYS);
        return http.listAll(HttpMethod.GET, url, "value", ArmSshPublicKeyClient::key);
    }

    private static SshPublicKey key(JsonNode n) {
        String id = text(n.get("id"));
        JsonNode publicKey = n.path("properties").get("publicKey");
        return new SshPublicKey(id, text(n.get("name")), ArmId.parse(id).resourceGroup(), text(n.get("location")),
                text(publicKey));
    }

    /** A JSON string, or null for an absent or {@code null} value (never the word "null"). */
    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}

package dev.computedesk.azure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.SubscriptionClient;
import dev.computedesk.azure.model.ResourceGroup;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.Tenant;
import java.util.List;
import java.util.Map;

/** {@link SubscriptionClient} over generic ARM GETs (shapes as the Azure SDK's own models). */
final class ArmSubscriptionClient implements SubscriptionClient {
    private final ArmHttp http;

    ArmSubscriptionClient(ArmHttp http) {
        this.http = http;
    }

    @Override
    public List<Tenant> listTenants() {
        return http.listAll(http.url("/tenants", ApiVersions.SUBSCRIPTIONS), Tenant.class);
    }

    @Override
    public List<Subscription> listSubscriptions() {
        return http.listAll(http.url("/subscriptions", ApiVersions.SUBSCRIPTIONS), Subscription.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ResourceGroup> listResourceGroups(String subscriptionId) {
        return http.listAll(com.azure.core.http.HttpMethod.GET,
                http.url("/subscriptions/" + ArmHttp.encode(subscriptionId) + "/resourcegroups", ApiVersions.RESOURCES),
                "value", (JsonNode n) -> new ResourceGroup(text(n, "id"), text(n, "name"), text(n, "location"),
                        n.hasNonNull("tags") ? http.mapper().convertValue(n.get("tags"), Map.class) : null,
                        n.path("properties").path("provisioningState").asText(null)));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

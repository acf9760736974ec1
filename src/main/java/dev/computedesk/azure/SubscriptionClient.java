package dev.computedesk.azure;

import dev.computedesk.azure.model.ResourceGroup;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.Tenant;
import java.util.List;

/** Tenants, subscriptions and resource groups. Blocking; call off the FX thread. */
public interface SubscriptionClient {

    /** The tenants the signed-in account belongs to (for the tenant choice). */
    List<Tenant> listTenants();

    /** The subscriptions the connection can see. */
    List<Subscription> listSubscriptions();

    /** The resource groups of a subscription. */
    List<ResourceGroup> listResourceGroups(String subscriptionId);
}

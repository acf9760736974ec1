package dev.computedesk.azure;

import dev.computedesk.azure.model.ResourceQuota;
import dev.computedesk.azure.model.Usage;
import dev.computedesk.azure.model.VirtualMachineSize;
import java.util.List;
import java.util.Set;

/** VM sizes (with prices), usages and quotas of a location. Blocking; call off the FX thread. */
public interface CapacityClient {

    /** The VM sizes ML offers in the location. */
    List<VirtualMachineSize> listVmSizes(String subscriptionId, String location);

    /** vCPU usages of the location (all pages). */
    List<Usage> listUsages(String subscriptionId, String location);

    /**
     * The names of the VM sizes Compute's resource SKUs mark as not offered in the location to this subscription
     * (a {@code Location} restriction naming it, e.g. reason {@code NotAvailableForSubscription}); ML's size list does
     * not say so itself.
     */
    Set<String> listRestrictedVmSizes(String subscriptionId, String location);

    /** Quotas of the location (all pages). */
    List<ResourceQuota> listQuotas(String subscriptionId, String location);
}

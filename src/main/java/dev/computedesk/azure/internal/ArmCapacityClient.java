package dev.computedesk.azure.internal;

import dev.computedesk.azure.CapacityClient;
import dev.computedesk.azure.model.ResourceQuota;
import dev.computedesk.azure.model.Usage;
import dev.computedesk.azure.model.VirtualMachineSize;
import com.azure.core.util.Context;
import com.azure.resourcemanager.compute.fluent.models.ResourceSkuInner;
import com.azure.resourcemanager.compute.models.ResourceSkuRestrictionsType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link CapacityClient}: ML's sizes, usages and quotas over {@link ArmHttp}; the region's restrictions from Compute's
 * {@code ResourceSkus_List} through the SDK's {@code ComputeManager} (as the virtual machines are read).
 */
final class ArmCapacityClient implements CapacityClient {
    private static final String VIRTUAL_MACHINES = "virtualMachines";

    private final ArmHttp http;
    private final SdkManagers sdk;

    ArmCapacityClient(ArmHttp http, SdkManagers sdk) {
        this.http = http;
        this.sdk = sdk;
    }

    private String url(String subscriptionId, String location, String what) {
        return http.url("/subscriptions/" + ArmHttp.encode(subscriptionId)
                + "/providers/Microsoft.MachineLearningServices/locations/" + ArmHttp.encode(location) + "/" + what,
                ApiVersions.ML);
    }

    @Override
    public List<VirtualMachineSize> listVmSizes(String subscriptionId, String location) {
        return http.listAll(url(subscriptionId, location, "vmSizes"), VirtualMachineSize.class);
    }

    @Override
    public List<Usage> listUsages(String subscriptionId, String location) {
        return http.listAll(url(subscriptionId, location, "usages"), Usage.class);
    }

    @Override
    public Set<String> listRestrictedVmSizes(String subscriptionId, String location) {
        return sdk.call(() -> {
            Set<String> restricted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            sdk.compute(subscriptionId).serviceClient().getResourceSkus()
                    .list("location eq '" + location + "'", null, Context.NONE).stream()
                    .filter(sku -> VIRTUAL_MACHINES.equalsIgnoreCase(sku.resourceType()) && sku.name() != null
                            && restrictedIn(sku, location))
                    .forEach(sku -> restricted.add(sku.name()));
            return restricted;
        });
    }

    private static boolean restrictedIn(ResourceSkuInner sku, String location) {
        return sku.restrictions() != null && sku.restrictions().stream()
                .anyMatch(r -> r.type() == ResourceSkuRestrictionsType.LOCATION && r.values() != null
                        && r.values().stream().anyMatch(location::equalsIgnoreCase));
    }

    @Override
    public List<ResourceQuota> listQuotas(String subscriptionId, String location) {
        return http.listAll(url(subscriptionId, location, "quotas"), ResourceQuota.class);
    }
}

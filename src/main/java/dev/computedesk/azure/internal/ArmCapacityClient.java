package dev.computedesk.azure.internal;

import dev.computedesk.azure.CapacityClient;
import dev.computedesk.azure.model.ResourceQuota;
import dev.computedesk.azure.model.Usage;
import dev.computedesk.azure.model.VirtualMachineSize;
import java.util.List;

/** {@link CapacityClient} over {@link ArmHttp}. */
final class ArmCapacityClient implements CapacityClient {
    private final ArmHttp http;

    ArmCapacityClient(ArmHttp http) {
        this.http = http;
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
    public List<ResourceQuota> listQuotas(String subscriptionId, String location) {
        return http.listAll(url(subscriptionId, location, "quotas"), ResourceQuota.class);
    }
}

package dev.computedesk.azure.internal;

import dev.computedesk.azure.SynapseClient;
import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.SynapseWorkspace;
import java.util.List;

/** {@link SynapseClient} over {@link ArmHttp} (Microsoft.Synapse 2021-06-01). */
final class ArmSynapseClient implements SynapseClient {
    private final ArmHttp http;

    ArmSynapseClient(ArmHttp http) {
        this.http = http;
    }

    @Override
    public List<SynapseWorkspace> listWorkspaces(String subscriptionId) {
        return http.listAll(http.url("/subscriptions/" + ArmHttp.encode(subscriptionId)
                + "/providers/Microsoft.Synapse/workspaces", ApiVersions.SYNAPSE), SynapseWorkspace.class);
    }

    @Override
    public List<BigDataPool> listSparkPools(String synapseWorkspaceId) {
        return http.listAll(http.url(synapseWorkspaceId + "/bigDataPools", ApiVersions.SYNAPSE), BigDataPool.class);
    }

    @Override
    public BigDataPool getSparkPool(String sparkPoolId) {
        return http.get(http.url(sparkPoolId, ApiVersions.SYNAPSE), BigDataPool.class);
    }
}

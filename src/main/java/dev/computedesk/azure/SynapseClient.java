package dev.computedesk.azure;

import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.SynapseWorkspace;
import java.util.List;

/** Synapse workspaces and their Spark pools (Microsoft.Synapse 2021-06-01). Blocking. */
public interface SynapseClient {

    /** Every Synapse workspace of a subscription (all pages). */
    List<SynapseWorkspace> listWorkspaces(String subscriptionId);

    /** The Spark pools of a Synapse workspace given by its ARM id (all pages). */
    List<BigDataPool> listSparkPools(String synapseWorkspaceId);

    /** One Spark pool by its ARM id. */
    BigDataPool getSparkPool(String sparkPoolId);
}

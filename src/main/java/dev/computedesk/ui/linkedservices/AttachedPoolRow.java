package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.SynapseSparkProperties;
import dev.computedesk.azure.model.SynapseSparkSettings;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.form.SparkPools;

import java.util.Objects;

/**
 * One row of a linked service's {@code #attachedPoolsTable}: a {@code SynapseSpark} compute of the workspace whose
 * pool belongs to the link's Synapse workspace.
 *
 * @param computeName the compute's name in the ML workspace
 * @param poolName    the Spark pool it stands for
 * @param state       its provisioning state ("Creating", "Succeeded", …)
 * @param nodeSize    the pool's node size, as the service copied it
 * @param sparkVersion the pool's Spark version
 * @param identity    the compute's managed identity type, or "None"
 * @param provisioning the provisioning state {@code state} says in words, or null when the service sent none
 */
public record AttachedPoolRow(String computeName, String poolName, String state, String nodeSize, String sparkVersion,
                              String identity, ProvisioningState provisioning) {

    /** The row of an attached pool compute. */
    public static AttachedPoolRow of(ComputeResource compute) {
        SynapseSparkProperties props = compute.properties() instanceof SynapseSparkProperties spark ? spark : null;
        SynapseSparkSettings settings = props == null ? null : props.properties();
        String state = props == null || props.provisioningState() == null ? ""
                : props.provisioningState().label();
        String identity = compute.identity() == null || compute.identity().type() == null
                ? Messages.get("linked.code.identityNone") : compute.identity().type();
        return new AttachedPoolRow(compute.name(),
                props == null ? "" : SparkPools.poolName(props.resourceId()), state,
                settings == null ? "" : Objects.toString(settings.nodeSize(), ""),
                settings == null ? "" : Objects.toString(settings.sparkVersion(), ""), identity,
                props == null ? null : props.provisioningState());
    }

}

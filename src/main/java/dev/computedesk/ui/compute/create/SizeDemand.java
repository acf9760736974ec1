package dev.computedesk.ui.compute.create;

import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.domain.text.Messages;

/**
 * What a form asks of the quota for each size it may choose: a size "my quota allows" is one whose
 * {@code nodes × vCPUs} fit both the family's and the region's vCPUs left for {@code priority}.
 *
 * <p>An instance needs one VM. A cluster needs the maximum number of nodes the form asks for (at least 1): a size
 * that fits it gives neither the form's blocking error (the minimum does not fit) nor its warning (scaling to the
 * maximum will fail). An inference (AKS) cluster's nodes are Compute virtual machines, counted against the
 * subscription's Compute quota rather than Machine Learning's, which is the only quota the forms read: there the quota
 * does not apply.
 *
 * @param priority     the tier whose quota counts
 * @param nodes        VMs needed (≥ 1)
 * @param quotaApplies false when the forms' quota does not govern the size (AKS)
 * @param explanation  what is counted, in words, for the table's note
 */
record SizeDemand(VmPriority priority, int nodes, boolean quotaApplies, String explanation) {

    SizeDemand {
        nodes = Math.max(1, nodes);
    }

    static SizeDemand instance() {
        return new SizeDemand(VmPriority.DEDICATED, 1, true,
                Messages.get("compute.code.sizes.fitsInstance"));
    }

    static SizeDemand cluster(VmPriority priority, int maxNodes) {
        int nodes = Math.max(1, maxNodes);
        return new SizeDemand(priority, nodes, true, Messages.get("compute.code.sizes.fitsCluster", nodes,
                priority.adjective()));
    }

    static SizeDemand inferenceCluster() {
        return new SizeDemand(VmPriority.DEDICATED, 1, false, Messages.get("compute.code.sizes.fitsInference"));
    }
}

package dev.computedesk.domain.quota;

import dev.computedesk.domain.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Quota pre-flight of a create form (docs/decisions.md "Quota", docs/arm.md).
 *
 * <p>At create the service allocates a compute instance's vCPUs, or a cluster's
 * {@code minNodeCount × vCPUs}; that must fit the quota left, which is the smaller of the
 * family's (limit − current) and the region's for the chosen tier. Low-priority family rows have
 * limit -1, so only the regional low-priority total applies to them. When that allocation does
 * not fit, submit is blocked; when {@code maxNodeCount × vCPUs} does not fit, the form warns.
 * A quota the API did not report is not enforced (the service remains the judge).
 */
public final class QuotaCheck {

    private QuotaCheck() {
    }

    /** Checks a compute instance of {@code size} (always dedicated). */
    public static QuotaResult forInstance(QuotaSnapshot quota, VmSize size) {
        return check(quota, size, VmPriority.DEDICATED, 1, 1, true);
    }

    /**
     * Checks a compute cluster.
     *
     * @param minNodes {@code scaleSettings.minNodeCount} (≥ 0)
     * @param maxNodes {@code scaleSettings.maxNodeCount} (≥ minNodes)
     */
    public static QuotaResult forCluster(QuotaSnapshot quota, VmSize size, VmPriority priority, int minNodes,
                                         int maxNodes) {
        if (minNodes < 0 || maxNodes < minNodes) {
            throw new IllegalArgumentException("Validate node counts first: min " + minNodes + ", max " + maxNodes);
        }
        return check(quota, size, priority, minNodes, maxNodes, false);
    }

    private static QuotaResult check(QuotaSnapshot quota, VmSize size, VmPriority priority, int minNodes,
                                     int maxNodes, boolean instance) {
        long allocation = (long) minNodes * size.vCpus();
        long maximum = (long) maxNodes * size.vCpus();
        String familyName = VmFamilies.displayName(size.family());

        List<QuotaBar> bars = new ArrayList<>();
        Optional<Usage> family = quota.family(size.family(), priority);
        Optional<Usage> regional = quota.regional(priority);
        family.ifPresent(u -> bars.add(new QuotaBar(Messages.get("domain.quota.familyBar", familyName, priority.adjective()),
                u.current(), allocation, maximum, u.limit())));
        regional.ifPresent(u -> bars.add(new QuotaBar(Messages.get("domain.quota.regionalBar", priority.adjective()),
                u.current(), allocation, maximum, u.limit())));
        if (bars.isEmpty()) {
            return new QuotaResult(true, Optional.empty(), true, Optional.empty(), OptionalLong.empty(), bars);
        }

        // The tighter quota explains the outcome; the family wins a tie because it is what the
        // user can change by picking another size.
        Usage limiting = null;
        boolean familyLimits = false;
        if (family.isPresent()) {
            limiting = family.get();
            familyLimits = true;
        }
        if (regional.isPresent() && (limiting == null || regional.get().left() < limiting.left())) {
            limiting = regional.get();
            familyLimits = false;
        }
        long left = limiting.left();
        String whatIsLeft = familyLimits
                ? Messages.get("domain.quota.familyLeft", left, familyName, priority.adjective(), limiting.current(),
                        limiting.limit())
                : Messages.get("domain.quota.regionalLeft", left, priority.adjective(), limiting.current(),
                        limiting.limit());

        boolean allocationFits = allocation <= left;
        Optional<String> blocking = Optional.empty();
        if (!allocationFits) {
            blocking = Optional.of(instance
                    ? Messages.get("domain.quota.instanceBlocked", allocation, whatIsLeft)
                    : Messages.get("domain.quota.clusterBlocked", minNodes, allocation, size.vCpus(), whatIsLeft));
        }
        long nodesThatFit = left / size.vCpus();
        boolean maximumFits = maximum <= left;
        Optional<String> warning = Optional.empty();
        if (!instance && allocationFits && !maximumFits) {
            warning = Optional.of(Messages.get("domain.quota.maximumWarning", maxNodes, maximum, whatIsLeft,
                    nodesThatFit));
        }
        return new QuotaResult(allocationFits, blocking, maximumFits, warning,
                instance ? OptionalLong.empty() : OptionalLong.of(nodesThatFit), bars);
    }
}

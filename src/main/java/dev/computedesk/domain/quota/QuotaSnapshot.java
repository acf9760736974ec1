package dev.computedesk.domain.quota;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The quota of one subscription and region, as the usages API reports it: per VM family and
 * tier, and the regional dedicated and low-priority totals.
 */
public final class QuotaSnapshot {

    private static final String REGIONAL_DEDICATED = VmFamilies.key("Total Cluster Dedicated Regional vCPUs");
    private static final String REGIONAL_LOW_PRIORITY = VmFamilies.key("Total Cluster LowPriority Regional vCPUs");

    private final Map<String, Usage> byUsageName;
    private final Usage regionalDedicated;
    private final Usage regionalLowPriority;

    private QuotaSnapshot(Map<String, Usage> byUsageName, Usage regionalDedicated, Usage regionalLowPriority) {
        this.byUsageName = Map.copyOf(byUsageName);
        this.regionalDedicated = regionalDedicated;
        this.regionalLowPriority = regionalLowPriority;
    }

    /**
     * Builds a snapshot from {@code Usages_List} rows. Rows are recognised by name; per-workspace
     * and per-compute rows ({@code …/workspaces/usages}, {@code …/workspace/computes/usages})
     * are ignored, since quota is the subscription's.
     */
    public static QuotaSnapshot fromUsages(List<UsageRow> rows) {
        Map<String, Usage> families = new HashMap<>();
        Usage dedicated = null;
        Usage lowPriority = null;
        for (UsageRow row : rows) {
            if (row.name() == null || isWorkspaceScoped(row.type())) {
                continue;
            }
            String key = VmFamilies.key(row.name());
            Usage usage = new Usage(row.currentValue(), row.limit());
            if (key.equals(REGIONAL_DEDICATED)) {
                dedicated = usage;
            } else if (key.equals(REGIONAL_LOW_PRIORITY)) {
                lowPriority = usage;
            } else if (key.endsWith(" vcpus") && key.contains(" family cluster ")) {
                families.put(key, usage);
            }
        }
        return new QuotaSnapshot(families, dedicated, lowPriority);
    }

    private static boolean isWorkspaceScoped(String type) {
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.contains("/workspaces/") || lower.contains("/workspace/");
    }

    /**
     * The family row for a VM family and tier; empty when the API sent none, or when its limit is
     * negative (low-priority families have no limit of their own: the regional total applies).
     */
    public Optional<Usage> family(String vmFamily, VmPriority priority) {
        Usage usage = byUsageName.get(VmFamilies.key(VmFamilies.usageName(vmFamily, priority)));
        return usage == null || usage.limit() < 0 ? Optional.empty() : Optional.of(usage);
    }

    /** The regional total for a tier, when the API sent it. */
    public Optional<Usage> regional(VmPriority priority) {
        return Optional.ofNullable(priority == VmPriority.DEDICATED ? regionalDedicated : regionalLowPriority);
    }

    /**
     * This quota as if {@code vCpus} of {@code vmFamily} and {@code priority} were released: what an existing cluster
     * already allocates is counted in the usages, so a change of its minimum is checked against the quota left plus
     * its own allocation (the service reallocates only the difference, docs/editing.md).
     */
    public QuotaSnapshot withoutAllocation(String vmFamily, VmPriority priority, long vCpus) {
        if (vCpus <= 0) {
            return this;
        }
        Map<String, Usage> families = new HashMap<>(byUsageName);
        String key = VmFamilies.key(VmFamilies.usageName(vmFamily, priority));
        Usage family = families.get(key);
        if (family != null) {
            families.put(key, released(family, vCpus));
        }
        Usage dedicated = priority == VmPriority.DEDICATED ? released(regionalDedicated, vCpus) : regionalDedicated;
        Usage lowPriority = priority == VmPriority.DEDICATED ? regionalLowPriority : released(regionalLowPriority, vCpus);
        return new QuotaSnapshot(families, dedicated, lowPriority);
    }

    private static Usage released(Usage usage, long vCpus) {
        return usage == null ? null : new Usage(Math.max(0, usage.current() - vCpus), usage.limit());
    }
}

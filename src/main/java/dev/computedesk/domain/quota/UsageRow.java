package dev.computedesk.domain.quota;

/**
 * One row of the {@code Usages_List} answer, reduced to what quota math needs.
 *
 * @param type         ARM's {@code type}, e.g. {@code Microsoft.MachineLearningServices/vmFamily/usages}; may be null
 * @param name         {@code name.localizedValue} or {@code name.value}, e.g.
 *                     "Standard DSv2 Family Cluster Dedicated vCPUs" (underscores are tolerated)
 * @param currentValue vCPUs in use
 * @param limit        the quota; -1 means "no limit of its own" (low-priority family rows)
 */
public record UsageRow(String type, String name, long currentValue, long limit) {
}

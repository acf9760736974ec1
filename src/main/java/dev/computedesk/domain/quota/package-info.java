/**
 * Quota pre-flight and cost estimate of create forms: build a
 * {@link dev.computedesk.domain.quota.QuotaSnapshot} from the usages API, describe the chosen size
 * as a {@link dev.computedesk.domain.quota.VmSize}, then ask
 * {@link dev.computedesk.domain.quota.QuotaCheck} and {@link dev.computedesk.domain.quota.CostEstimate}.
 */
package dev.computedesk.domain.quota;

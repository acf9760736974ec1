package dev.computedesk.domain.quota;

/**
 * One {@code estimatedVMPrices.values[]} entry.
 *
 * @param retailPrice price per hour in the list's currency
 * @param osType      {@code Linux} or {@code Windows}
 * @param vmTier      {@code Standard}, {@code LowPriority} or {@code Spot}
 */
public record VmPrice(double retailPrice, String osType, String vmTier) {
}

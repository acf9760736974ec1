package dev.computedesk.domain.quota;

import dev.computedesk.domain.text.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * Hourly cost of a create, from the size's {@code estimatedVMPrices} (Linux; vmTier Standard for
 * dedicated, LowPriority for low priority), in the price list's currency. It is an estimate:
 * retail prices, no discounts, no disks or networking.
 *
 * @param currency        the price list's {@code billingCurrency}, e.g. {@code USD}
 * @param hourlyPerNode   the price of one VM for one hour
 * @param minNodes        nodes at the low end (1 for an instance)
 * @param maxNodes        nodes at the high end (1 for an instance)
 * @param instance        true for a compute instance
 */
public record CostEstimate(String currency, BigDecimal hourlyPerNode, int minNodes, int maxNodes, boolean instance) {

    /** What to show when the size has no matching price. */
    public static String noEstimate() {
        return Messages.get("domain.cost.none");
    }

    private static final String LINUX = "Linux";

    /** The estimate for a compute instance (dedicated, Linux); empty when the size has no such price. */
    public static Optional<CostEstimate> forInstance(VmSize size) {
        return price(size, VmPriority.DEDICATED).map(p -> new CostEstimate(currency(size), p, 1, 1, true));
    }

    /** The estimate for a cluster between {@code minNodes} and {@code maxNodes}; empty when no price matches. */
    public static Optional<CostEstimate> forCluster(VmSize size, VmPriority priority, int minNodes, int maxNodes) {
        return price(size, priority).map(p -> new CostEstimate(currency(size), p, minNodes, maxNodes, false));
    }

    private static String currency(VmSize size) {
        return size.billingCurrency() == null || size.billingCurrency().isBlank() ? "USD" : size.billingCurrency();
    }

    /**
     * The Linux price of the tier. Real price lists carry the same (os, tier) pair more than once with different
     * prices (Standard_D16ads_v5 in eastus lists "Linux Standard" at 0.82 and at 1.56, the second being its
     * Windows price): the lowest is taken, since a Windows price is never below the Linux one, and so the answer no
     * longer depends on the order the service happened to send.
     */
    private static Optional<BigDecimal> price(VmSize size, VmPriority priority) {
        return size.prices().stream()
                .filter(p -> LINUX.equalsIgnoreCase(p.osType()) && priority.priceTier().equalsIgnoreCase(p.vmTier()))
                .map(p -> BigDecimal.valueOf(p.retailPrice()))
                .min(BigDecimal::compareTo);
    }

    /** Hourly cost at the minimum node count (an instance: while running). */
    public BigDecimal hourlyAtMinimum() {
        return hourlyPerNode.multiply(BigDecimal.valueOf(minNodes));
    }

    /** Hourly cost at the maximum node count. */
    public BigDecimal hourlyAtMaximum() {
        return hourlyPerNode.multiply(BigDecimal.valueOf(maxNodes));
    }

    /**
     * The estimate as a sentence: "Estimated 0.15 USD per hour while running" (instance),
     * "Estimated 0.60 USD per hour (4 nodes)" or "Estimated 0.00 USD per hour at 0 nodes, up to
     * 0.60 USD per hour at 4 nodes" (cluster).
     */
    public String format() {
        if (instance) {
            return Messages.get("domain.cost.instance", money(hourlyAtMinimum()));
        }
        if (minNodes == maxNodes) {
            return Messages.get("domain.cost.fixed", money(hourlyAtMaximum()), maxNodes);
        }
        return Messages.get("domain.cost.range", money(hourlyAtMinimum()), minNodes, money(hourlyAtMaximum()), maxNodes);
    }

    private String money(BigDecimal amount) {
        return money(amount, currency);
    }

    /**
     * "0.29 USD": two decimals, or the significant digits of a price below a cent (which would read as free),
     * written as the app's language writes numbers ("1,234.50 USD").
     */
    public static String money(BigDecimal amount, String currency) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && amount.signum() != 0) {
            rounded = amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        NumberFormat number = NumberFormat.getNumberInstance(Messages.locale());
        number.setMinimumFractionDigits(rounded.scale());
        number.setMaximumFractionDigits(rounded.scale());
        return Messages.get("domain.cost.money", number.format(rounded), currency);
    }
}

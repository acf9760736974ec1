package dev.computedesk.domain.quota;

import java.util.List;
import java.util.Objects;

/**
 * A VM size from {@code VirtualMachineSizes_List}, reduced to what quota and cost need.
 *
 * @param name            e.g. {@code Standard_DS3_v2}
 * @param family          e.g. {@code standardDSv2Family}
 * @param vCpus           vCPUs per VM
 * @param billingCurrency {@code estimatedVMPrices.billingCurrency} (e.g. {@code USD}); null when no prices
 * @param prices          {@code estimatedVMPrices.values}; empty when the service sent none
 */
public record VmSize(String name, String family, int vCpus, String billingCurrency, List<VmPrice> prices) {

    /** Validates and copies. */
    public VmSize {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        if (vCpus < 1) {
            throw new IllegalArgumentException("A VM size has at least one vCPU: " + name + " has " + vCpus);
        }
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}

package dev.computedesk.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostEstimateTest {

    /** Prices of Standard_DS2_v2 in Microsoft's VirtualMachineSizes_list.json example. */
    private static final VmSize DS2 = new VmSize("Standard_DS2_v2", "standardDSv2Family", 2, "USD", List.of(
            new VmPrice(0.03, "Linux", "LowPriority"),
            new VmPrice(0.15, "Linux", "Standard"),
            new VmPrice(0.1, "Windows", "LowPriority"),
            new VmPrice(0.25, "Windows", "Standard")));

    @Test
    void instanceUsesLinuxStandard() {
        CostEstimate estimate = CostEstimate.forInstance(DS2).orElseThrow();
        assertThat(estimate.hourlyAtMinimum()).isEqualByComparingTo(new BigDecimal("0.15"));
        assertThat(estimate.format()).isEqualTo("Estimated 0.15 USD per hour while running");
    }

    @Test
    void clusterRangeFromMinimumToMaximum() {
        CostEstimate estimate = CostEstimate.forCluster(DS2, VmPriority.DEDICATED, 0, 4).orElseThrow();
        assertThat(estimate.hourlyAtMinimum()).isEqualByComparingTo("0");
        assertThat(estimate.hourlyAtMaximum()).isEqualByComparingTo("0.60");
        assertThat(estimate.format()).isEqualTo("Estimated 0.00 USD per hour at 0 nodes, up to 0.60 USD per hour at 4 nodes");
    }

    @Test
    void lowPriorityUsesTheLowPriorityPrice() {
        assertThat(CostEstimate.forCluster(DS2, VmPriority.LOW_PRIORITY, 2, 2).orElseThrow().format())
                .isEqualTo("Estimated 0.06 USD per hour (2 nodes)");
        assertThat(CostEstimate.forCluster(DS2, VmPriority.LOW_PRIORITY, 1, 1).orElseThrow().format())
                .isEqualTo("Estimated 0.03 USD per hour (1 node)");
    }

    @Test
    void keepsThePriceListsCurrencyAndSubCentPrices() {
        VmSize tiny = new VmSize("Tiny", "standardAFamily", 1, "EUR", List.of(new VmPrice(0.0042, "Linux", "Standard")));
        assertThat(CostEstimate.forInstance(tiny).orElseThrow().format())
                .isEqualTo("Estimated 0.0042 EUR per hour while running");
    }

    @Test
    void noMatchingPriceMeansNoEstimate() {
        VmSize windowsOnly = new VmSize("W", "standardAFamily", 1, "USD", List.of(new VmPrice(1, "Windows", "Standard")));
        assertThat(CostEstimate.forInstance(windowsOnly)).isEmpty();
        assertThat(CostEstimate.forCluster(new VmSize("X", "f", 1, null, null), VmPriority.DEDICATED, 0, 1)).isEmpty();
        assertThat(CostEstimate.noEstimate()).isEqualTo("No price estimate for this size");
    }
}

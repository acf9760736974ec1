package dev.computedesk.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class QuotaCheckTest {

    private static final String P = "Microsoft.MachineLearningServices/";

    /** Shaped like Microsoft's Usage/list.json example: regional totals, family rows, workspace rows. */
    private static final QuotaSnapshot QUOTA = QuotaSnapshot.fromUsages(List.of(
            new UsageRow(P + "totalCores/usages", "Clusters", 7, 100),
            new UsageRow(P + "dedicatedCores/usages", "Total Cluster Dedicated Regional vCPUs", 14, 24),
            new UsageRow(P + "lowPriorityCores/usages", "Total Cluster LowPriority Regional vCPUs", 18, 50),
            new UsageRow(P + "vmFamily/usages", "Standard DSv2 Family Cluster Dedicated vCPUs", 4, 10),
            new UsageRow(P + "vmFamily/usages", "Standard DSv2 Family Cluster LowPriority vCPUs", 18, -1),
            new UsageRow(P + "vmFamily/usages", "Standard_NC_Family_Cluster_Dedicated_vCPUs", 0, 0),
            new UsageRow(P + "vmFamily/usages", "Standard Dv2 Family Cluster Dedicated vCPUs", 10, 100),
            // Per-workspace rows repeat family names with other numbers: they must be ignored.
            new UsageRow(P + "workspaces/usages", "Standard DSv2 Family Cluster Dedicated vCPUs", 0, 0),
            new UsageRow(P + "workspace/computes/usages", "Standard Dv2 Family Cluster Dedicated vCPUs", 99, 1)));

    private static VmSize size(String name, String family, int vCpus) {
        return new VmSize(name, family, vCpus, "USD", List.of());
    }

    private static final VmSize DS3 = size("Standard_DS3_v2", "standardDSv2Family", 4);
    private static final VmSize D2 = size("Standard_D2_v2", "standardDv2Family", 2);

    @Test
    void familyNamesMapToUsageNames() {
        assertThat(VmFamilies.displayName("standardDSv2Family")).isEqualTo("Standard DSv2 Family");
        assertThat(VmFamilies.displayName("standardNCADSA100v4Family")).isEqualTo("Standard NCADSA100v4 Family");
        assertThat(VmFamilies.displayName("basicAFamily")).isEqualTo("Basic A Family");
        assertThat(VmFamilies.displayName("Standard NC Family")).isEqualTo("Standard NC Family");
        assertThat(VmFamilies.usageName("standardDSv2Family", VmPriority.DEDICATED))
                .isEqualTo("Standard DSv2 Family Cluster Dedicated vCPUs");
        assertThat(VmFamilies.usageName("standardDSv2Family", VmPriority.LOW_PRIORITY))
                .isEqualTo("Standard DSv2 Family Cluster LowPriority vCPUs");
    }

    @Test
    void snapshotReadsFamiliesAndRegionalTotals() {
        assertThat(QUOTA.family("standardDSv2Family", VmPriority.DEDICATED)).contains(new Usage(4, 10));
        assertThat(QUOTA.family("standardNCFamily", VmPriority.DEDICATED)).contains(new Usage(0, 0));
        assertThat(QUOTA.family("standardDv2Family", VmPriority.DEDICATED)).contains(new Usage(10, 100));
        // limit -1: no family limit of its own.
        assertThat(QUOTA.family("standardDSv2Family", VmPriority.LOW_PRIORITY)).isEmpty();
        assertThat(QUOTA.regional(VmPriority.DEDICATED)).contains(new Usage(14, 24));
        assertThat(QUOTA.regional(VmPriority.LOW_PRIORITY)).contains(new Usage(18, 50));
    }

    @Test
    void instanceThatFits() {
        QuotaResult result = QuotaCheck.forInstance(QUOTA, DS3);
        assertThat(result.allocationFits()).isTrue();
        assertThat(result.blockingMessage()).isEmpty();
        assertThat(result.warning()).isEmpty();
        assertThat(result.bars()).containsExactly(
                new QuotaBar("Standard DSv2 Family dedicated vCPUs", 4, 4, 4, 10),
                new QuotaBar("Regional dedicated vCPUs", 14, 4, 4, 24));
    }

    @Test
    void instanceBlockedByFamily() {
        QuotaResult result = QuotaCheck.forInstance(QUOTA, size("Standard_NC6", "standardNCFamily", 6));
        assertThat(result.allocationFits()).isFalse();
        assertThat(result.blockingMessage()).contains("This size needs 6 vCPUs, but only 0 Standard NC Family dedicated "
                + "vCPUs are left (0 of 0 in use). Choose another size or request a quota increase");
    }

    @Test
    void clusterMinimumBlockedByFamily() {
        QuotaResult result = QuotaCheck.forCluster(QUOTA, DS3, VmPriority.DEDICATED, 2, 4);
        assertThat(result.allocationFits()).isFalse();
        assertThat(result.blockingMessage()).contains("The minimum of 2 nodes needs 8 vCPUs (2 × 4), but only 6 "
                + "Standard DSv2 Family dedicated vCPUs are left (4 of 10 in use). "
                + "Lower the minimum, choose another size, or request a quota increase");
        assertThat(result.warning()).isEmpty();
    }

    @Test
    void clusterMaximumWarnsWithTheNodeCountThatFits() {
        QuotaResult result = QuotaCheck.forCluster(QUOTA, DS3, VmPriority.DEDICATED, 0, 4);
        assertThat(result.allocationFits()).isTrue();
        assertThat(result.blockingMessage()).isEmpty();
        assertThat(result.maximumFits()).isFalse();
        assertThat(result.maxNodesThatFit()).isEqualTo(OptionalLong.of(1));
        assertThat(result.warning()).contains("The maximum of 4 nodes needs 16 vCPUs, but only 6 Standard DSv2 Family "
                + "dedicated vCPUs are left (4 of 10 in use): scaling beyond 1 node will fail");
        assertThat(result.bars().get(0)).isEqualTo(new QuotaBar("Standard DSv2 Family dedicated vCPUs", 4, 0, 16, 10));
    }

    @Test
    void regionalTotalLimitsWhenTighterThanTheFamily() {
        QuotaResult result = QuotaCheck.forCluster(QUOTA, D2, VmPriority.DEDICATED, 1, 10);
        assertThat(result.allocationFits()).isTrue();
        assertThat(result.maxNodesThatFit()).isEqualTo(OptionalLong.of(5));
        assertThat(result.warning()).contains("The maximum of 10 nodes needs 20 vCPUs, but only 10 dedicated vCPUs are "
                + "left in this region (14 of 24 in use): scaling beyond 5 nodes will fail");
    }

    @Test
    void lowPriorityFallsBackToTheRegionalLowPriorityTotal() {
        QuotaResult result = QuotaCheck.forCluster(QUOTA, DS3, VmPriority.LOW_PRIORITY, 0, 8);
        assertThat(result.bars()).containsExactly(new QuotaBar("Regional low-priority vCPUs", 18, 0, 32, 50));
        assertThat(result.maximumFits()).isTrue();
        assertThat(result.warning()).isEmpty();
        QuotaResult tooMany = QuotaCheck.forCluster(QUOTA, DS3, VmPriority.LOW_PRIORITY, 9, 9);
        assertThat(tooMany.blockingMessage()).contains("The minimum of 9 nodes needs 36 vCPUs (9 × 4), but only 32 "
                + "low-priority vCPUs are left in this region (18 of 50 in use). "
                + "Lower the minimum, choose another size, or request a quota increase");
    }

    @Test
    void unknownQuotaIsNotEnforced() {
        QuotaResult result = QuotaCheck.forCluster(QuotaSnapshot.fromUsages(List.of()), DS3, VmPriority.DEDICATED, 5, 50);
        assertThat(result.allocationFits()).isTrue();
        assertThat(result.maximumFits()).isTrue();
        assertThat(result.quotaUnknown()).isTrue();
        assertThat(result.maxNodesThatFit()).isEmpty();
    }

    @Test
    void anExistingClustersOwnAllocationCountsAsFreeWhenItsMinimumChanges() {
        // A cluster of one DS3 node (4 vCPUs) holds the family's 4 used vCPUs: raising its minimum to 2 needs 8,
        // which does not fit the 6 left but does once its own 4 are counted back.
        assertThat(QuotaCheck.forCluster(QUOTA, DS3, VmPriority.DEDICATED, 2, 2).allocationFits()).isFalse();
        QuotaSnapshot released = QUOTA.withoutAllocation("standardDSv2Family", VmPriority.DEDICATED, 4);
        assertThat(QuotaCheck.forCluster(released, DS3, VmPriority.DEDICATED, 2, 2).allocationFits()).isTrue();
        assertThat(released.family("standardDSv2Family", VmPriority.DEDICATED).orElseThrow().current()).isZero();
        assertThat(released.regional(VmPriority.DEDICATED).orElseThrow().current()).isEqualTo(10);
        assertThat(released.regional(VmPriority.LOW_PRIORITY).orElseThrow().current()).isEqualTo(18);
        assertThat(QUOTA.withoutAllocation("standardDSv2Family", VmPriority.DEDICATED, 0)).isSameAs(QUOTA);
    }
}

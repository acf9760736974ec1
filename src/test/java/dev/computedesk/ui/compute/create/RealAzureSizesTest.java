package dev.computedesk.ui.compute.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.Usage;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.quota.CostEstimate;
import dev.computedesk.domain.quota.QuotaSnapshot;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.testing.RealAzureCorpus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * Sizes, prices and usages as real Azure sends them: sizes in any case, one (os, tier) pair priced twice, and usage
 * names with odd spacing and underscores.
 */
class RealAzureSizesTest {
    private static final ObjectMapper M = ArmJson.mapper();

    private static List<VirtualMachineSize> recordedSizes() {
        List<VirtualMachineSize> sizes = new ArrayList<>();
        RealAzureCorpus.tree("azure-powershell/vmsizes-excerpt.json").path("value")
                .forEach(v -> sizes.add(M.convertValue(v, VirtualMachineSize.class)));
        return sizes;
    }

    private static QuotaSnapshot recordedQuota() {
        List<Usage> usages = new ArrayList<>();
        RealAzureCorpus.tree("azure-powershell/usages-excerpt.json").path("value")
                .forEach(v -> usages.add(M.convertValue(v, Usage.class)));
        return QuotaSnapshot.fromUsages(Capacity.rows(usages));
    }

    @Test
    void aSizeWrittenInAnotherCaseFindsTheCatalogueEntry() throws Exception {
        Capacity capacity = new Capacity();
        List<VirtualMachineSize> sizes = new ArrayList<>(recordedSizes());
        sizes.add(M.readValue("{\"name\":\"Standard_DS3_v2\",\"family\":\"standardDSv2Family\",\"vCPUs\":4,\"gpus\":0,"
                + "\"memoryGB\":14.0}", VirtualMachineSize.class));
        capacity.sizes().setAll(sizes);
        // The recorded computes say STANDARD_DS3_V2; the catalogue says Standard_DS3_v2.
        assertThat(capacity.find("STANDARD_DS3_V2")).map(VirtualMachineSize::name).contains("Standard_DS3_v2");
        assertThat(capacity.find("standard_d16ADS_v5")).map(VirtualMachineSize::name).contains("Standard_D16ads_v5");

        SimpleObjectProperty<String> type = new SimpleObjectProperty<>("GPU");
        SimpleObjectProperty<VirtualMachineSize> chosen = new SimpleObjectProperty<>();
        capacity.select("STANDARD_DS3_V2", type, chosen, sizes);
        assertThat(chosen.get().name()).isEqualTo("Standard_DS3_v2");
        assertThat(type.get()).isEqualTo("CPU");
    }

    @Test
    void aTierPricedTwiceTakesTheLinuxPriceNotTheFirstListed() {
        VirtualMachineSize d16ads = recordedSizes().stream().filter(s -> s.name().equals("Standard_D16ads_v5"))
                .findFirst().orElseThrow();
        // Recorded order: Linux LowPriority 0.62 before 0.16, Linux Standard 0.82 before 1.56.
        assertThat(CostEstimate.forInstance(Capacity.toDomain(d16ads))).get()
                .extracting(CostEstimate::hourlyPerNode).isEqualTo(BigDecimal.valueOf(0.82));
        assertThat(CostEstimate.forCluster(Capacity.toDomain(d16ads), VmPriority.LOW_PRIORITY, 0, 4)).get()
                .extracting(CostEstimate::hourlyPerNode).isEqualTo(BigDecimal.valueOf(0.16));
    }

    @Test
    void aSizeWithoutPricesHasNoEstimate() {
        VirtualMachineSize d1 = recordedSizes().stream().filter(s -> s.name().equals("Standard_D1")).findFirst().orElseThrow();
        assertThat(CostEstimate.forInstance(Capacity.toDomain(d1))).isEmpty();
    }

    @Test
    void usageNamesWithOddSpacingAndUnderscoresMatchTheirFamilies() {
        QuotaSnapshot quota = recordedQuota();
        assertThat(quota.family("standardDSv2Family", VmPriority.DEDICATED))
                .hasValueSatisfying(u -> assertThat(u.current()).isEqualTo(4));
        assertThat(quota.family("standardDSv2Family", VmPriority.DEDICATED).get().limit()).isEqualTo(6);
        // "Standard  NCASv3_T4  Family Cluster Dedicated vCPUs" (two spaces each side, as recorded)
        assertThat(quota.family("Standard NCASv3_T4 Family", VmPriority.DEDICATED)).isPresent();
        // "Standard  NDAMSv4_A100 Family Cluster Dedicated vCPUs" for the family written standardNDAMSv4_A100Family
        assertThat(quota.family("standardNDAMSv4_A100Family", VmPriority.DEDICATED)).isPresent();
        assertThat(quota.regional(VmPriority.DEDICATED)).hasValueSatisfying(u -> assertThat(u.limit()).isEqualTo(20));
    }
}

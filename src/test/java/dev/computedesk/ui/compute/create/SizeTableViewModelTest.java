package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.EstimatedVmPrice;
import dev.computedesk.azure.model.EstimatedVmPrices;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.quota.QuotaSnapshot;
import dev.computedesk.domain.quota.UsageRow;
import dev.computedesk.domain.quota.VmPriority;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The size table's model without a stage: quota filter, filter text, formatting, choosing. */
class SizeTableViewModelTest {
    private static final String ML = "Microsoft.MachineLearningServices/vmFamily/usages";

    private static VirtualMachineSize size(String name, String family, int vCpus, int gpus, double memoryGb,
                                           Double linuxPrice) {
        EstimatedVmPrices prices = linuxPrice == null ? null : new EstimatedVmPrices("USD", "OneHour", List.of(
                new EstimatedVmPrice(linuxPrice * 1.8, "Windows", "Standard"),
                new EstimatedVmPrice(linuxPrice, "Linux", "Standard"),
                new EstimatedVmPrice(linuxPrice / 5, "Linux", "LowPriority")));
        return new VirtualMachineSize(name, family, vCpus, gpus, 1047552, vCpus * 7168, memoryGb, true, true, prices,
                List.of("AmlCompute", "ComputeInstance"));
    }

    private final VirtualMachineSize ds1 = size("Standard_DS1_v2", "standardDSv2Family", 1, 0, 3.5, 0.073);
    private final VirtualMachineSize ds3 = size("Standard_DS3_v2", "standardDSv2Family", 4, 0, 14, 0.293);
    private final VirtualMachineSize ds4 = size("Standard_DS4_v2", "standardDSv2Family", 8, 0, 28, 0.585);
    private final VirtualMachineSize nc6 = size("Standard_NC6s_v3", "standardNCSv3Family", 6, 1, 112, 3.06);
    private final VirtualMachineSize nc12 = size("Standard_NC12s_v3", "standardNCSv3Family", 12, 2, 224, null);
    private final VirtualMachineSize e4 = size("Standard_E4ds_v4", "standardEDSv4Family", 4, 0, 32, 0.0049);
    private final ObservableList<VirtualMachineSize> sizes = FXCollections.observableArrayList(ds1, ds3, ds4, nc6,
            nc12, e4);
    private final ObjectProperty<VirtualMachineSize> chosen = new SimpleObjectProperty<>(ds3);
    private final ObjectProperty<String> vmType = new SimpleObjectProperty<>("CPU");
    private final List<String> opened = new ArrayList<>();

    /** DSv2: 6 of 10 left; NCSv3: 6 of 12 left; EDSv4: none reported; region: 90 of 100 dedicated left. */
    private static QuotaSnapshot quota(long regionalUsed) {
        return QuotaSnapshot.fromUsages(List.of(
                new UsageRow(ML, "Standard DSv2 Family Cluster Dedicated vCPUs", 4, 10),
                new UsageRow(ML, "Standard NCSv3 Family Cluster Dedicated vCPUs", 6, 12),
                new UsageRow(ML, "Standard NCSv3 Family Cluster LowPriority vCPUs", 0, -1),
                new UsageRow("Microsoft.MachineLearningServices/dedicatedCores/usages",
                        "Total Cluster Dedicated Regional vCPUs", regionalUsed, 100),
                new UsageRow("Microsoft.MachineLearningServices/lowPriorityCores/usages",
                        "Total Cluster LowPriority Regional vCPUs", 0, 20)));
    }

    private SizeTableViewModel table(ObservableList<VirtualMachineSize> source, QuotaSnapshot quota,
                                     SizeDemand demand) {
        return new SizeTableViewModel(source, new SizeTableViewModel.Region(quota, 0, ""), demand, vmType, chosen,
                opened::add);
    }

    private SizeTableViewModel instanceTable() {
        return table(sizes, quota(10), SizeDemand.instance());
    }

    private static List<String> names(SizeTableViewModel table) {
        return table.rows().stream().map(row -> row.name().text()).toList();
    }

    private static SizeRow row(SizeTableViewModel table, String name) {
        return table.rows().stream().filter(r -> r.name().text().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onlySizesTheQuotaAllowsAreShownByDefault() {
        SizeTableViewModel table = instanceTable();

        assertThat(table.quotaOnlyProperty().get()).isTrue();
        assertThat(names(table)).containsExactly("Standard_DS1_v2", "Standard_DS3_v2", "Standard_NC6s_v3",
                "Standard_E4ds_v4");
        assertThat(table.countTextProperty().get()).isEqualTo("Showing 4 of 6 sizes \u00b7 2 over your quota hidden");
        assertThat(table.selectedProperty().get().name().text()).isEqualTo("Standard_DS3_v2");
    }

    @Test
    void turnedOffItShowsEverySizeWithTheQuotaLeftAndWhatItNeeds() {
        SizeTableViewModel table = instanceTable();
        table.quotaOnlyProperty().set(false);

        assertThat(names(table)).hasSize(6);
        assertThat(row(table, "Standard_DS4_v2").allowed()).isFalse();
        assertThat(row(table, "Standard_DS4_v2").quotaLeft().text()).isEqualTo("6 (needs 8)");
        assertThat(row(table, "Standard_NC12s_v3").quotaLeft().text()).isEqualTo("6 (needs 12)");
        assertThat(row(table, "Standard_DS3_v2").quotaLeft().text()).isEqualTo("6");
        assertThat(row(table, "Standard_E4ds_v4").quotaLeft().text()).isEqualTo("not reported");
        assertThat(table.countTextProperty().get()).isEqualTo("Showing 6 of 6 sizes");
    }

    @Test
    void theRegionsQuotaLeftCountsToo() {
        SizeTableViewModel table = table(sizes, quota(97), SizeDemand.instance());

        // 3 regional vCPUs left: only the 1-vCPU size fits, though the families have room.
        assertThat(names(table)).containsExactly("Standard_DS1_v2");
        assertThat(table.quotaNote()).contains("Region: 3 of 100 dedicated vCPUs left.");
    }

    @Test
    void aClusterNeedsItsMaximumNodeCount() {
        SizeTableViewModel table = table(sizes, quota(10), SizeDemand.cluster(VmPriority.DEDICATED, 2));

        // 2 × 4 vCPUs of DS3 no longer fit the 6 left in DSv2.
        assertThat(names(table)).containsExactly("Standard_DS1_v2", "Standard_E4ds_v4");
        assertThat(table.quotaNote()).startsWith("A size fits when 2 nodes (the maximum asked for)");
    }

    @Test
    void lowPriorityCountsTheRegionalLowPriorityTotalAndItsPrices() {
        SizeTableViewModel table = table(sizes, quota(10), SizeDemand.cluster(VmPriority.LOW_PRIORITY, 3));
        table.quotaOnlyProperty().set(false);

        assertThat(row(table, "Standard_NC6s_v3").quotaLeft().text()).isEqualTo("regional only");
        assertThat(row(table, "Standard_NC6s_v3").price().text()).isEqualTo("0.61 USD");
        assertThat(row(table, "Standard_DS4_v2").allowed()).isFalse();
        assertThat(row(table, "Standard_DS3_v2").allowed()).isTrue();
    }

    @Test
    void numbersAreFormattedForReading() {
        SizeTableViewModel table = instanceTable();
        table.quotaOnlyProperty().set(false);

        SizeRow ds3Row = row(table, "Standard_DS3_v2");
        assertThat(List.of(ds3Row.vCpus().text(), ds3Row.memory().text(), ds3Row.storage().text(), ds3Row.gpus().text(),
                ds3Row.price().text())).containsExactly("4", "14", "28", "\u2014", "0.29 USD");
        assertThat(row(table, "Standard_DS1_v2").memory().text()).isEqualTo("3.5");
        assertThat(row(table, "Standard_NC6s_v3").gpus().text()).isEqualTo("1 \u00d7 Tesla V100");
        assertThat(row(table, "Standard_NC12s_v3").gpus().text()).isEqualTo("2 \u00d7 Tesla V100");
        assertThat(row(table, "Standard_NC12s_v3").price().text()).isEqualTo("\u2014");
        // A price below a cent keeps its digits rather than reading as free.
        assertThat(row(table, "Standard_E4ds_v4").price().text()).isEqualTo("0.0049 USD");
    }

    @Test
    void columnsSortAsNumbersWithUnknownValuesLast() {
        SizeTableViewModel table = instanceTable();
        table.quotaOnlyProperty().set(false);

        List<String> byPrice = table.rows().stream().sorted(Comparator.comparing(SizeRow::price))
                .map(row -> row.name().text()).toList();
        assertThat(byPrice).containsExactly("Standard_E4ds_v4", "Standard_DS1_v2", "Standard_DS3_v2",
                "Standard_DS4_v2", "Standard_NC6s_v3", "Standard_NC12s_v3");
        List<String> byMemory = table.rows().stream().sorted(Comparator.comparing(SizeRow::memory))
                .map(row -> row.memory().text()).toList();
        assertThat(byMemory).containsExactly("3.5", "14", "28", "32", "112", "224");
    }

    @Test
    void theFilterMatchesNameFamilyAndGpuWordByWord() {
        SizeTableViewModel table = instanceTable();
        table.quotaOnlyProperty().set(false);

        table.filterTextProperty().set("v100");
        assertThat(names(table)).containsExactly("Standard_NC6s_v3", "Standard_NC12s_v3");
        table.filterTextProperty().set("  DS3 ");
        assertThat(names(table)).containsExactly("Standard_DS3_v2");
        table.filterTextProperty().set("dsv2 family ds4");
        assertThat(names(table)).containsExactly("Standard_DS4_v2");
        table.quotaOnlyProperty().set(true);
        assertThat(names(table)).isEmpty();
        assertThat(table.countTextProperty().get()).isEqualTo("Showing 0 of 6 sizes \u00b7 2 over your quota hidden");
    }

    @Test
    void sizesTheRegionRestrictsAreLeftOutAndSaidSo() {
        // The forms' own lists leave out what Compute restricts (Capacity.offeredInRegion); the table says how many.
        VirtualMachineSize restricted = size("Standard_F8s_v2", "standardFSv2Family", 8, 0, 16, 0.338);
        ObservableList<VirtualMachineSize> listed = FXCollections.observableArrayList(ds1, restricted, ds3);
        FilteredList<VirtualMachineSize> offered = new FilteredList<>(listed, s -> s != restricted);
        SizeTableViewModel table = new SizeTableViewModel(offered, new SizeTableViewModel.Region(quota(10), 1, ""),
                SizeDemand.instance(), vmType, chosen, opened::add);
        table.quotaOnlyProperty().set(false);

        assertThat(names(table)).containsExactly("Standard_DS1_v2", "Standard_DS3_v2");
        assertThat(table.countTextProperty().get())
                .isEqualTo("Showing 2 of 2 sizes \u00b7 1 size not offered in this region left out");
    }

    @Test
    void theListFollowsTheFormsCpuOrGpuChoice() {
        FilteredList<VirtualMachineSize> offered = new FilteredList<>(sizes,
                s -> Capacity.isGpu(s) == "GPU".equals(vmType.get()));
        vmType.addListener((obs, old, type) -> offered.setPredicate(s -> Capacity.isGpu(s) == "GPU".equals(type)));
        SizeTableViewModel table = table(offered, quota(10), SizeDemand.instance());

        table.vmTypeProperty().set("GPU");
        assertThat(names(table)).containsExactly("Standard_NC6s_v3");
        table.choose(table.rows().get(0));
        assertThat(chosen.get()).isSameAs(nc6);
        assertThat(vmType.get()).isEqualTo("GPU");
        assertThat(table.closedProperty().get()).isTrue();
    }

    @Test
    void choosingSetsTheFormsSizeAndTypeAndCloses() {
        SizeTableViewModel table = instanceTable();
        vmType.set("GPU");
        table.selectedProperty().set(row(table, "Standard_DS1_v2"));

        table.chooseSelected();

        assertThat(chosen.get()).isSameAs(ds1);
        assertThat(vmType.get()).isEqualTo("CPU");
        assertThat(table.closedProperty().get()).isTrue();
    }

    @Test
    void cancellingClosesWithoutChanging() {
        SizeTableViewModel table = instanceTable();
        table.selectedProperty().set(row(table, "Standard_DS1_v2"));

        table.cancel();

        assertThat(chosen.get()).isSameAs(ds3);
        assertThat(table.closedProperty().get()).isTrue();
    }

    @Test
    void theQuotaLinkOpensThePortalsQuotaPage() {
        instanceTable().requestQuota();

        assertThat(opened).containsExactly("https://portal.azure.com/#view/Microsoft_Azure_Capacity/QuotaMenuBlade/~/myQuotas");
    }

    @Test
    void anInferenceClusterShowsEverySizeWithoutQuota() {
        SizeTableViewModel table = new SizeTableViewModel(sizes, new SizeTableViewModel.Region(quota(99), 0, ""),
                SizeDemand.inferenceCluster(), null, chosen, opened::add);

        assertThat(table.quotaApplies()).isFalse();
        assertThat(names(table)).hasSize(6);
        assertThat(row(table, "Standard_DS4_v2").quotaLeft().text()).isEqualTo("\u2014");
        assertThat(table.quotaNote()).contains("Compute quota, not Machine Learning's");
        table.choose(row(table, "Standard_NC6s_v3"));
        assertThat(chosen.get()).isSameAs(nc6);
    }

    @Test
    void whileQuotaLoadsEverySizeIsShownAndTheNoteSaysWhy() {
        SizeTableViewModel table = table(sizes, null, SizeDemand.instance());

        assertThat(names(table)).hasSize(6);
        assertThat(table.quotaNote()).isEqualTo("The quota is still loading: every size is shown as fitting.");
    }

    @Test
    void hundredsOfSizesAreFilteredKeystrokeByKeystroke() {
        // Speed is measured in src/bench, never asserted here: this checks what each keystroke leaves in the table.
        ObservableList<VirtualMachineSize> many = FXCollections.observableArrayList();
        for (int i = 0; i < 800; i++) {
            many.add(size("Standard_X" + i + "_v2", i % 2 == 0 ? "standardDSv2Family" : "standardNCSv3Family",
                    1 + i % 16, i % 3, 4 + i, 0.1 + i / 100.0));
        }
        SizeTableViewModel table = table(many, quota(10), SizeDemand.instance());
        int all = table.rows().size();

        table.filterTextProperty().set("x12");
        assertThat(names(table)).isNotEmpty().allMatch(name -> name.toLowerCase().contains("x12"));
        table.filterTextProperty().set("x123");
        assertThat(names(table)).allMatch(name -> name.startsWith("Standard_X123"));
        table.filterTextProperty().set("");

        assertThat(table.rows()).hasSize(all).allMatch(SizeRow::allowed);
    }
}

package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.quota.QuotaSnapshot;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.LinkOpener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The size table a create form opens from its size field, as Studio's "Select from all options": every size the form
 * offers (the region's, for the compute type, CPU or GPU and tier) with vCPUs, memory, storage, GPUs, price and the
 * family quota left; "only sizes my quota allows" on by default; a filter; a link to request more quota. Choosing a
 * row sets the form's size (and its CPU / GPU choice) and closes the table.
 *
 * <p>Rows are built once per change of the form's list (hundreds at most); typing in the filter only re-tests them.
 */
public final class SizeTableViewModel {
    /**
     * The Azure portal's "Quotas" page ("My quotas"), where Machine learning is one of the providers to choose; the
     * link Microsoft's documentation gives for it (docs/arm.md "VM sizes").
     */
    public static final String QUOTA_REQUEST_URL =
            "https://portal.azure.com/#view/Microsoft_Azure_Capacity/QuotaMenuBlade/~/myQuotas";

    private final ObservableList<VirtualMachineSize> source;
    private final Region region;
    private final QuotaSnapshot quota;
    private final SizeDemand demand;
    private final ObjectProperty<String> vmType;
    private final ObjectProperty<VirtualMachineSize> vmSize;
    private final LinkOpener links;
    private final ObservableList<SizeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<SizeRow> shown = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty quotaOnly = new SimpleBooleanProperty(this, "quotaOnly", true);
    private final ObjectProperty<SizeRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty countText = new SimpleStringProperty(this, "countText", "");
    private final BooleanProperty closed = new SimpleBooleanProperty(this, "closed", false);

    /**
     * What the form knows of its location.
     *
     * @param quota               the location's quota, null while not loaded
     * @param notOffered          how many sizes of the location's list Compute restricts there (left out of the
     *                            form's list), to say so
     * @param restrictionsUnknown why the restrictions are not known, or ""
     */
    record Region(QuotaSnapshot quota, int notOffered, String restrictionsUnknown) {
        static Region of(Capacity capacity) {
            return new Region(capacity.quota().get(), capacity.notOfferedInRegion(), capacity.restrictionsUnknown());
        }
    }

    /**
     * @param source the sizes the form offers now (a live list: the CPU / GPU choice refilters it)
     * @param region the location's quota and restrictions
     * @param demand what a size must fit
     * @param vmType the form's CPU / GPU choice, null when the form has none (AKS)
     * @param vmSize the form's size, set when a row is chosen
     * @param links  opens the quota page in the browser
     */
    SizeTableViewModel(ObservableList<VirtualMachineSize> source, Region region, SizeDemand demand,
                       ObjectProperty<String> vmType, ObjectProperty<VirtualMachineSize> vmSize, LinkOpener links) {
        this.source = source;
        this.region = region;
        this.quota = region.quota();
        this.demand = demand;
        this.vmType = vmType;
        this.vmSize = vmSize;
        this.links = links;
        source.addListener((ListChangeListener<VirtualMachineSize>) change -> rebuild());
        filterText.addListener((obs, old, text) -> refilter());
        quotaOnly.addListener((obs, old, on) -> refilter());
        rebuild();
        VirtualMachineSize current = vmSize.get();
        if (current != null) {
            shown.stream().filter(row -> row.size().name().equalsIgnoreCase(current.name())).findFirst()
                    .ifPresent(selected::set);
        }
    }

    private void rebuild() {
        rows.setAll(source.stream().map(size -> SizeRow.of(size, quota, demand)).toList());
        refilter();
    }

    private void refilter() {
        List<String> words = Arrays.stream(filterText.get().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        boolean onlyAllowed = quotaOnly.get() && demand.quotaApplies();
        Predicate<SizeRow> test = row -> (!onlyAllowed || row.allowed())
                && words.stream().allMatch(row.searchText()::contains);
        shown.setPredicate(test);
        long overQuota = rows.stream().filter(row -> !row.allowed()).count();
        StringBuilder text = new StringBuilder(Messages.get("compute.code.sizes.showing", shown.size(), rows.size()));
        if (onlyAllowed && overQuota > 0) {
            text.append(" \u00b7 ").append(Messages.get("compute.code.sizes.overQuotaHidden", overQuota));
        }
        if (region.notOffered() > 0) {
            text.append(" \u00b7 ").append(Messages.get("compute.code.sizes.notOffered", region.notOffered()));
        }
        countText.set(text.toString());
    }

    // ---------------------------------------------------------------- commands

    /** Sets the form's size (and CPU / GPU choice) to {@code row} and closes the table; nothing when null. */
    public void choose(SizeRow row) {
        if (row == null) {
            return;
        }
        if (vmType != null) {
            vmType.set(Capacity.isGpu(row.size()) ? "GPU" : "CPU");
        }
        vmSize.set(row.size());
        closed.set(true);
    }

    /** Chooses the selected row ({@code #selectSizeButton}, Enter, double-click). */
    public void chooseSelected() {
        choose(selected.get());
    }

    public void cancel() {
        closed.set(true);
    }

    /** Opens the portal's quota page in the browser. */
    public void requestQuota() {
        links.open(QUOTA_REQUEST_URL);
    }

    // ---------------------------------------------------------------- properties

    /** The rows the filter and the quota choice let through. */
    public ObservableList<SizeRow> rows() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "Only sizes my quota allows" ({@code #sizesWithQuotaOnlyCheck}); on by default. */
    public BooleanProperty quotaOnlyProperty() {
        return quotaOnly;
    }

    /** False when the forms' quota does not govern the sizes (AKS): the check is disabled. */
    public boolean quotaApplies() {
        return demand.quotaApplies();
    }

    /** The highlighted row; at first the form's current size when shown. */
    public ObjectProperty<SizeRow> selectedProperty() {
        return selected;
    }

    /** "Showing 12 of 16 sizes · 3 over your quota hidden". */
    public StringProperty countTextProperty() {
        return countText;
    }

    /** True once a size was chosen or the table cancelled: the window closes. */
    public BooleanProperty closedProperty() {
        return closed;
    }

    /** The form's CPU / GPU choice for the table's own choice box; null when the form has none. */
    public ObjectProperty<String> vmTypeProperty() {
        return vmType;
    }

    /** What is counted against which quota, the region's vCPUs left, and restrictions that could not be read. */
    public String quotaNote() {
        String note = quotaText();
        return region.restrictionsUnknown().isEmpty() ? note : note + " " + region.restrictionsUnknown();
    }

    private String quotaText() {
        if (!demand.quotaApplies()) {
            return demand.explanation();
        }
        if (quota == null) {
            return Messages.get("compute.code.sizes.quotaLoading");
        }
        String regional = quota.regional(demand.priority())
                .map(usage -> Messages.get("compute.code.sizes.regionLeft", usage.left(), usage.limit(),
                        demand.priority().adjective()))
                .orElse(Messages.get("compute.code.sizes.noRegionalTotal"));
        return demand.explanation() + " " + regional;
    }
}

package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.CapacityClient;
import dev.computedesk.azure.model.EstimatedVmPrice;
import dev.computedesk.azure.model.Usage;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.quota.QuotaSnapshot;
import dev.computedesk.domain.quota.UsageRow;
import dev.computedesk.domain.quota.VmPrice;
import dev.computedesk.domain.quota.VmSize;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The VM sizes (with prices), the vCPU usages, and the sizes Compute restricts in one location, loaded in the
 * background for a form (the create forms, and the scale and node-count dialogs of {@code ui.compute.edit}). A
 * restricted size is never offered; when the restrictions cannot be read, every size ML lists is offered (the service
 * remains the judge) and {@link #restrictionsUnknown()} says why.
 */
public final class Capacity {
    private final ObservableList<VirtualMachineSize> sizes = FXCollections.observableArrayList();
    private Set<String> restricted = Set.of();
    private String restrictionsUnknown = "";
    private final ObjectProperty<QuotaSnapshot> quota = new SimpleObjectProperty<>(this, "quota");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final ObjectProperty<ErrorInfo> failure = new SimpleObjectProperty<>(this, "failure");
    private int generation;

    private record Loaded(List<VirtualMachineSize> sizes, QuotaSnapshot quota, Set<String> restricted,
                          String restrictionsUnknown) {
    }

    public ObservableList<VirtualMachineSize> sizes() {
        return sizes;
    }

    public ObjectProperty<QuotaSnapshot> quota() {
        return quota;
    }

    public BooleanProperty loaded() {
        return loaded;
    }

    public ObjectProperty<ErrorInfo> failure() {
        return failure;
    }

    /** Loads the sizes and usages of {@code location}; an answer for a location asked about earlier is dropped. */
    public void load(TaskExecutor executor, CapacityClient client, String subscriptionId, String location) {
        int asked = ++generation;
        loaded.set(false);
        failure.set(null);
        executor.submit(BackgroundTask.titled(Messages.get("compute.code.capacity.loading", location), location,
                        cancellation -> loadAll(client, subscriptionId, location))
                .onSuccess(result -> {
                    if (asked == generation) {
                        restricted = result.restricted();
                        restrictionsUnknown = result.restrictionsUnknown();
                        quota.set(result.quota());
                        sizes.setAll(result.sizes());
                        loaded.set(true);
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        failure.set(ErrorInfos.from(Messages.get("compute.code.capacity.loadingFailed", location), error));
                    }
                }));
    }

    private static Loaded loadAll(CapacityClient client, String subscriptionId, String location) {
        List<VirtualMachineSize> listed = client.listVmSizes(subscriptionId, location);
        QuotaSnapshot usages = QuotaSnapshot.fromUsages(rows(client.listUsages(subscriptionId, location)));
        Set<String> restrictedHere = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        String unknown = "";
        try {
            restrictedHere.addAll(client.listRestrictedVmSizes(subscriptionId, location));
        } catch (RuntimeException unreadable) {
            // Sizes and quota are what the form needs; without the restrictions it can still offer ML's list.
            unknown = Messages.get("compute.code.capacity.restrictionsUnknown", unreadable.getMessage());
        }
        return new Loaded(listed, usages, restrictedHere, unknown);
    }

    /** False for a size Compute restricts in the location (not offered to this subscription there). */
    boolean offeredInRegion(VirtualMachineSize size) {
        return !restricted.contains(size.name());
    }

    /** How many listed sizes the location restricts, so the size table can say they were left out. */
    int notOfferedInRegion() {
        return (int) sizes.stream().filter(size -> !offeredInRegion(size)).count();
    }

    /** Why the restrictions are not known, or "" when they are. */
    String restrictionsUnknown() {
        return restrictionsUnknown;
    }

    /** The listed size named {@code sizeName} (case aside), if the location has it. */
    public Optional<VirtualMachineSize> find(String sizeName) {
        return sizeName == null ? Optional.empty()
                : sizes().stream().filter(size -> size.name().equalsIgnoreCase(sizeName) && offeredInRegion(size))
                        .findFirst();
    }

    /**
     * Selects {@code sizeName}, switching the CPU / GPU choice to match it; when the location has no such size and
     * none is chosen yet, the first size {@code offered}.
     */
    void select(String sizeName, ObjectProperty<String> vmType, ObjectProperty<VirtualMachineSize> vmSize,
                List<VirtualMachineSize> offered) {
        Optional<VirtualMachineSize> wanted = find(sizeName);
        if (wanted.isPresent()) {
            vmType.set(isGpu(wanted.get()) ? "GPU" : "CPU");
            vmSize.set(wanted.get());
        } else if (vmSize.get() == null && !offered.isEmpty()) {
            vmSize.set(offered.get(0));
        }
    }

    /**
     * The size to show when the current one is no longer offered (the CPU / GPU choice or the tier changed): the
     * first of {@code preferred} that is offered (the last size chosen of that kind, then the default), else the
     * first offered; null when none is.
     */
    static VirtualMachineSize fallback(List<VirtualMachineSize> offered, String... preferred) {
        for (String name : preferred) {
            if (name != null) {
                Optional<VirtualMachineSize> size = offered.stream().filter(s -> s.name().equalsIgnoreCase(name))
                        .findFirst();
                if (size.isPresent()) {
                    return size.get();
                }
            }
        }
        return offered.isEmpty() ? null : offered.get(0);
    }

    static List<UsageRow> rows(List<Usage> usages) {
        return usages.stream()
                .filter(u -> u.name() != null)
                .map(u -> new UsageRow(u.type(), u.name().localizedValue() != null ? u.name().localizedValue()
                        : u.name().value(), u.currentValue() == null ? 0 : u.currentValue(),
                        u.limit() == null ? -1 : u.limit()))
                .collect(Collectors.toList());
    }

    /** The domain's view of a size; null when the service sent no family or vCPUs. */
    public static VmSize toDomain(VirtualMachineSize size) {
        if (size == null || size.family() == null || size.vCPUs() == null || size.vCPUs() < 1) {
            return null;
        }
        List<VmPrice> prices = size.estimatedVMPrices() == null || size.estimatedVMPrices().values() == null
                ? List.of()
                : size.estimatedVMPrices().values().stream()
                        .filter(p -> p.retailPrice() != null)
                        .map(Capacity::price)
                        .collect(Collectors.toList());
        String currency = size.estimatedVMPrices() == null ? null : size.estimatedVMPrices().billingCurrency();
        return new VmSize(size.name(), size.family(), size.vCPUs(), currency, prices);
    }

    private static VmPrice price(EstimatedVmPrice price) {
        return new VmPrice(price.retailPrice(), Objects.toString(price.osType(), ""), Objects.toString(price.vmTier(), ""));
    }

    /** "Standard_DS3_v2 · 4 vCPUs · 14 GB" for pickers. */
    static String describe(VirtualMachineSize size) {
        if (size == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(size.name());
        if (size.vCPUs() != null) {
            text.append(" \u00b7 ").append(Messages.get("compute.code.capacity.vcpus", size.vCPUs()));
        }
        if (size.memoryGB() != null) {
            text.append(" \u00b7 ").append(Messages.get("compute.code.capacity.memory", trim(size.memoryGB())));
        }
        if (size.gpus() != null && size.gpus() > 0) {
            text.append(" \u00b7 ").append(Messages.get("compute.code.capacity.gpus", size.gpus()));
        }
        return text.toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** True when the size is offered for {@code computeType} (sizes that do not say are offered for all). */
    static boolean supports(VirtualMachineSize size, String computeType) {
        return size.supportedComputeTypes() == null || size.supportedComputeTypes().isEmpty()
                || size.supportedComputeTypes().stream().anyMatch(computeType::equalsIgnoreCase);
    }

    /** True for GPU sizes. */
    static boolean isGpu(VirtualMachineSize size) {
        return size.gpus() != null && size.gpus() > 0;
    }
}

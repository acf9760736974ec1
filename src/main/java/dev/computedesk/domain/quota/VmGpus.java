package dev.computedesk.domain.quota;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The GPU model of a VM family. {@code VirtualMachineSizes_List} gives a size's GPU count but not its model; the model
 * per series is Microsoft's (the GPU-optimized sizes pages, docs/arm.md "VM sizes"). Families not listed here show
 * their count only.
 */
public final class VmGpus {
    private static final Map<String, String> BY_FAMILY = Map.ofEntries(
            Map.entry("standardncfamily", "Tesla K80"),
            Map.entry("standardncsv2family", "Tesla P100"),
            Map.entry("standardncsv3family", "Tesla V100"),
            Map.entry("standardndsfamily", "Tesla P40"),
            Map.entry("standardndsv2family", "Tesla V100"),
            Map.entry("standardncasv3_t4family", "Tesla T4"),
            Map.entry("standardncadsa100v4family", "A100"),
            Map.entry("standardndasv4_a100family", "A100"),
            Map.entry("standardnvsv3family", "Tesla M60"),
            Map.entry("standardnvadsa10v5family", "A10"),
            Map.entry("standardndsh100v5family", "H100"));

    private VmGpus() {
    }

    /** The GPU model of {@code vmFamily} (any case), when known. */
    public static Optional<String> model(String vmFamily) {
        return vmFamily == null ? Optional.empty()
                : Optional.ofNullable(BY_FAMILY.get(vmFamily.strip().toLowerCase(Locale.ROOT)));
    }
}

package dev.computedesk.domain.quota;

import dev.computedesk.domain.text.Messages;

import java.util.Optional;

/** A cluster's {@code vmPriority}; compute instances are always {@link #DEDICATED}. */
public enum VmPriority {
    /** Dedicated VMs, counted against the family's and the region's dedicated vCPU quota. */
    DEDICATED("Dedicated", "Standard", "domain.priority.dedicated"),
    /** Low-priority (preemptible) VMs, counted against the region's low-priority vCPU quota. */
    LOW_PRIORITY("LowPriority", "LowPriority", "domain.priority.lowPriority");

    private final String armValue;
    private final String priceTier;
    private final String adjectiveKey;

    VmPriority(String armValue, String priceTier, String adjectiveKey) {
        this.armValue = armValue;
        this.priceTier = priceTier;
        this.adjectiveKey = adjectiveKey;
    }

    /** The value of AmlCompute's {@code vmPriority}, also the tier word in usage names. */
    public String armValue() {
        return armValue;
    }

    /** The {@code estimatedVMPrices.values[].vmTier} that prices this priority. */
    public String priceTier() {
        return priceTier;
    }

    /** The lower-case word used in messages ("dedicated", "low-priority"). */
    public String adjective() {
        return Messages.get(adjectiveKey);
    }

    /** Parses {@code vmPriority} ignoring case; empty for null or unknown values. */
    public static Optional<VmPriority> fromArm(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (VmPriority priority : values()) {
            if (priority.armValue.equalsIgnoreCase(value.strip())) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }
}

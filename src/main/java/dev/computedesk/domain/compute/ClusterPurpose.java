package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;

import java.util.Locale;
import java.util.Optional;

/** {@code clusterPurpose} of an AKS inference cluster, with the node minimum each implies. */
public enum ClusterPurpose {
    /** "Production" in Studio; the service default. */
    FAST_PROD("FastProd", "domain.clusterPurpose.production", 3),
    /** Treated exactly like {@link #FAST_PROD} (docs/decisions.md "AKS capacity"). */
    DENSE_PROD("DenseProd", "domain.clusterPurpose.production", 3),
    /** "Dev-test" in Studio. */
    DEV_TEST("DevTest", "domain.clusterPurpose.devTest", 1);

    private final String armValue;
    private final String labelKey;
    private final int minimumNodes;

    ClusterPurpose(String armValue, String labelKey, int minimumNodes) {
        this.armValue = armValue;
        this.labelKey = labelKey;
        this.minimumNodes = minimumNodes;
    }

    /** The name Studio shows ("Production", "Dev-test"). */
    public String label() {
        return Messages.get(labelKey);
    }

    /** The value ARM sends and takes. */
    public String armValue() {
        return armValue;
    }

    /** Fewest nodes a cluster of this purpose may have. */
    public int minimumNodes() {
        return minimumNodes;
    }

    /** True for the production purposes. */
    public boolean isProduction() {
        return this != DEV_TEST;
    }

    /** Parses ARM's value ignoring case; empty for null or unknown values. */
    public static Optional<ClusterPurpose> fromArm(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ClusterPurpose purpose : values()) {
            if (purpose.armValue.toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}

package dev.computedesk.domain.quota;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a create form shows about quota.
 *
 * @param allocationFits  false blocks submit: the service would answer {@code QuotaExceeded}
 * @param blockingMessage why submit is blocked, when it is
 * @param maximumFits     false warns (without blocking): scaling up to the maximum will fail
 * @param warning         the warning text, when the maximum does not fit
 * @param maxNodesThatFit the most nodes the quota left allows (clusters); empty when quota is unknown
 * @param bars            the family bar (when the family has a limit of its own) then the regional bar
 */
public record QuotaResult(boolean allocationFits, Optional<String> blockingMessage, boolean maximumFits,
                          Optional<String> warning, OptionalLong maxNodesThatFit, List<QuotaBar> bars) {

    /** Copies the list. */
    public QuotaResult {
        bars = List.copyOf(bars);
    }

    /** True when the usages API said nothing about this size's family or region. */
    public boolean quotaUnknown() {
        return bars.isEmpty();
    }
}

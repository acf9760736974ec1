package dev.computedesk.domain.quota;

/**
 * A used/limit pair of vCPUs.
 *
 * @param current vCPUs in use
 * @param limit   vCPUs allowed
 */
public record Usage(long current, long limit) {

    /** vCPUs still free, never negative. */
    public long left() {
        return Math.max(0, limit - current);
    }
}

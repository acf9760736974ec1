package dev.computedesk.domain.quota;

/**
 * Numbers for one quota bar under the size picker: what is in use, what the create allocates,
 * what it could grow to, and the limit (all vCPUs).
 *
 * @param label               e.g. "Standard DSv2 Family dedicated vCPUs" or "Regional dedicated vCPUs"
 * @param used                vCPUs in use now
 * @param requestedAtCreate   vCPUs the create allocates (instance vCPUs; cluster minimum × vCPUs)
 * @param requestedAtMaximum  vCPUs at the cluster's maximum (equal to {@code requestedAtCreate} for an instance)
 * @param limit               the quota
 */
public record QuotaBar(String label, long used, long requestedAtCreate, long requestedAtMaximum, long limit) {

    /** vCPUs free before the create. */
    public long left() {
        return Math.max(0, limit - used);
    }

    /** True when the create's allocation fits this quota. */
    public boolean createFits() {
        return requestedAtCreate <= left();
    }

    /** True when the maximum fits this quota. */
    public boolean maximumFits() {
        return requestedAtMaximum <= left();
    }
}

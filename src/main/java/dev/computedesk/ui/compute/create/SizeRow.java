package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.quota.CostEstimate;
import dev.computedesk.domain.quota.QuotaCheck;
import dev.computedesk.domain.quota.QuotaSnapshot;
import dev.computedesk.domain.quota.Usage;
import dev.computedesk.domain.quota.VmFamilies;
import dev.computedesk.domain.quota.VmGpus;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.domain.quota.VmSize;
import dev.computedesk.domain.text.Messages;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One size in the size table ({@code #vmSizeTable}): each column as a {@link Cell} that shows its text and sorts by its
 * number, so a column sorts as numbers (unknown values last) however it is formatted.
 *
 * @param size      the size as ML listed it
 * @param name      e.g. {@code Standard_DS3_v2}
 * @param vCpus     vCPUs per VM
 * @param memory    RAM in GiB
 * @param storage   the temporary (resource) disk in GiB, {@code maxResourceVolumeMB} / 1024, as Studio's "Storage"
 * @param gpus      "1 × Tesla V100", "2" when the model is not known, "—" without GPUs
 * @param price     the Linux retail price per hour of one VM for the form's tier, from ML's {@code estimatedVMPrices}
 * @param quotaLeft vCPUs left in the size's family quota for the form's tier (limit − current usage), with what the
 *                  form needs when that does not fit
 * @param allowed   whether what the form asks for fits the family's and the region's quota left (true when the usages
 *                  API says nothing about them: the service remains the judge)
 * @param searchText what the filter field matches against (name, family, GPU model), lower case
 */
public record SizeRow(VirtualMachineSize size, Cell name, Cell vCpus, Cell memory, Cell storage, Cell gpus, Cell price,
                      Cell quotaLeft, boolean allowed, String searchText) {

    /** Shown where a value is unknown or does not apply. */
    public static final String NONE = "\u2014";

    /**
     * A column value: its text, and the number it sorts by ({@code NaN} for text-only or unknown values, which sort
     * after every number and among themselves by text).
     */
    public record Cell(String text, double number) implements Comparable<Cell> {
        static Cell text(String text) {
            return new Cell(text, Double.NaN);
        }

        static Cell number(double number, String text) {
            return new Cell(text, number);
        }

        @Override
        public int compareTo(Cell other) {
            boolean known = !Double.isNaN(number);
            boolean otherKnown = !Double.isNaN(other.number);
            if (known && otherKnown && number != other.number) {
                return Double.compare(number, other.number);
            }
            if (known != otherKnown) {
                return known ? -1 : 1;
            }
            return String.CASE_INSENSITIVE_ORDER.compare(text, other.text);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The row of {@code size} for a form that needs {@code demand} (quota null: not loaded). */
    static SizeRow of(VirtualMachineSize size, QuotaSnapshot quota, SizeDemand demand) {
        VmSize domain = Capacity.toDomain(size);
        boolean counted = demand.quotaApplies() && quota != null && domain != null;
        boolean allowed = !counted || QuotaCheck.forCluster(quota, domain, demand.priority(), demand.nodes(),
                demand.nodes()).allocationFits();
        Optional<String> gpuModel = VmGpus.model(size.family());
        String family = size.family() == null ? "" : VmFamilies.displayName(size.family());
        String search = (size.name() + " " + family + " " + gpuModel.orElse("")).toLowerCase(Locale.ROOT);
        return new SizeRow(size, Cell.text(size.name()), whole(size.vCPUs()), decimal(size.memoryGB()),
                storage(size.maxResourceVolumeMB()), gpus(size.gpus(), gpuModel), price(domain, demand),
                quotaLeft(size, domain, quota, demand, allowed), allowed, search);
    }

    private static Cell whole(Integer value) {
        return value == null ? Cell.text(NONE) : Cell.number(value, Integer.toString(value));
    }

    private static Cell decimal(Double value) {
        return value == null ? Cell.text(NONE) : Cell.number(value, trim(value));
    }

    private static Cell storage(Integer megabytes) {
        if (megabytes == null || megabytes <= 0) {
            return Cell.text(NONE);
        }
        double gib = megabytes / 1024.0;
        return Cell.number(gib, trim(Math.round(gib * 10) / 10.0));
    }

    private static Cell gpus(Integer count, Optional<String> model) {
        if (count == null || count < 1) {
            return Cell.number(0, NONE);
        }
        return Cell.number(count, model.map(m -> count + " \u00d7 " + m).orElse(Integer.toString(count)));
    }

    private static Cell price(VmSize size, SizeDemand demand) {
        if (size == null) {
            return Cell.text(NONE);
        }
        return CostEstimate.forCluster(size, demand.priority(), 1, 1)
                .map(estimate -> Cell.number(estimate.hourlyPerNode().doubleValue(),
                        CostEstimate.money(estimate.hourlyPerNode(), estimate.currency())))
                .orElse(Cell.text(NONE));
    }

    private static Cell quotaLeft(VirtualMachineSize size, VmSize domain, QuotaSnapshot quota, SizeDemand demand,
                                  boolean allowed) {
        if (!demand.quotaApplies() || quota == null || domain == null) {
            return Cell.text(NONE);
        }
        Optional<Usage> family = quota.family(domain.family(), demand.priority());
        long needs = (long) demand.nodes() * domain.vCpus();
        if (family.isEmpty()) {
            String unknown = Messages.get(demand.priority() == VmPriority.DEDICATED ? "compute.code.sizes.notReported"
                    : "compute.code.sizes.regionalOnly");
            return Cell.text(allowed ? unknown : Messages.get("compute.code.sizes.needs", unknown, needs));
        }
        long left = family.get().left();
        String leftText = NumberFormat.getIntegerInstance(Messages.locale()).format(left);
        return Cell.number(left, allowed ? leftText : Messages.get("compute.code.sizes.needs", leftText, needs));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

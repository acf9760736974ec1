package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ArmErrorResponse;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeTerms;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeActions;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeState;
import dev.computedesk.domain.compute.ComputeStatus;
import dev.computedesk.domain.compute.ComputeTab;
import dev.computedesk.domain.time.TimeFormat;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One compute in the Compute page's tables. The row object stays the same across refreshes (only its
 * {@link #computeProperty() compute} changes), so the table keeps its selection and scroll position.
 */
public final class ComputeRow {
    private final String name;
    private final ReadOnlyObjectWrapper<ComputeResource> compute;
    /** A compute's type never changes under its name, so its tab is worked out once (the tab filters ask often). */
    private final ComputeTab tab;
    private ComputeResource searchTextOf;
    private String searchText;
    /** Sort keys by {@link ComputeColumn#ordinal()}, made on the first sort by that column. */
    private SortKey[] sortKeys;

    ComputeRow(ComputeResource resource) {
        this.name = Objects.requireNonNull(resource.name(), "name");
        this.compute = new ReadOnlyObjectWrapper<>(this, "compute", resource);
        this.tab = kindOf(resource).map(ComputeKind::tab).orElse(null);
    }

    /** The compute's name (the row's identity; case-insensitive in ARM, compared as given here). */
    public String name() {
        return name;
    }

    public ComputeResource compute() {
        return compute.get();
    }

    public ReadOnlyObjectProperty<ComputeResource> computeProperty() {
        return compute.getReadOnlyProperty();
    }

    void update(ComputeResource resource) {
        compute.set(resource);
    }

    /** The compute's kind, or empty for a type this version does not know. */
    public Optional<ComputeKind> kind() {
        return kindOf(compute());
    }

    /** The tab that lists it, or empty for an unknown type (listed nowhere). */
    public Optional<ComputeTab> tab() {
        return Optional.ofNullable(tab);
    }

    /** True when the row belongs on {@code target}. */
    boolean isOn(ComputeTab target) {
        return tab == target;
    }

    /**
     * What the type-ahead filter searches, lower-cased: the name, state, VM size and type. Kept until the compute
     * changes, so each keystroke compares strings instead of formatting 10,000 rows again.
     */
    String searchText() {
        ComputeResource current = compute.get();
        if (searchTextOf != current) {
            searchText = String.join("\n", name, ComputeColumn.stateText(current), ComputeColumn.vmSize(current),
                    ComputeColumn.typeLabel(current)).toLowerCase(Locale.ROOT);
            searchTextOf = current;
        }
        return searchText;
    }

    /**
     * The collation key of {@code column}'s text for this row, kept until the compute, the signed-in user or the
     * collator changes: a sort of 10,000 rows then makes each row's key once and compares bytes, instead of
     * formatting and collating two texts per comparison.
     */
    CollationKey sortKey(ComputeColumn column, Principal me, Collator collator, TimeFormat time) {
        if (sortKeys == null) {
            sortKeys = new SortKey[ComputeColumn.values().length];
        }
        ComputeResource current = compute.get();
        SortKey kept = sortKeys[column.ordinal()];
        if (kept == null || kept.compute != current || kept.me != me || kept.collator != collator) {
            kept = new SortKey(current, me, collator, collator.getCollationKey(column.text(current, me, time)));
            sortKeys[column.ordinal()] = kept;
        }
        return kept.key;
    }

    /** A sort key and what it was made from. */
    private record SortKey(ComputeResource compute, Principal me, Collator collator, CollationKey key) {
    }

    /** What {@link ComputeActions} needs to know about this row. */
    public Optional<ComputeStatus> status() {
        return statusOf(compute());
    }

    /** The actions the state table allows now. */
    public Set<ComputeAction> allowedActions() {
        return status().map(ComputeActions::allowed).orElse(EnumSet.noneOf(ComputeAction.class));
    }

    /** True while the compute changes by itself (Creating, Stopping, Resizing…), so the page keeps re-reading it. */
    public boolean isTransitional() {
        return isTransitional(compute());
    }

    // ------------------------------------------------------------------ facts of a compute resource

    static Optional<ComputeKind> kindOf(ComputeResource c) {
        return c == null ? Optional.empty() : c.kind();
    }

    static Optional<ComputeStatus> statusOf(ComputeResource c) {
        return ComputeTerms.status(c);
    }

    /** The compute's states as the page reads them; empty when nothing is known about them. */
    static Optional<ComputeState> stateOf(ComputeResource c) {
        return ComputeTerms.state(c);
    }

    /** True while the compute changes by itself; a create the form just sent (no state reported yet) is one. */
    static boolean isTransitional(ComputeResource c) {
        return stateOf(c).map(ComputeState::isTransitional).orElse(false);
    }

    /** ARM's provisioning errors of {@code c}, then a compute instance's own errors; empty when there are none. */
    static List<ArmErrorResponse> provisioningErrors(ComputeResource c) {
        List<ArmErrorResponse> errors = new ArrayList<>();
        if (c.properties() != null && c.properties().provisioningErrors() != null) {
            errors.addAll(c.properties().provisioningErrors());
        }
        ComputeInstanceSettings ci = instanceSettings(c);
        if (ci != null && ci.errors() != null) {
            errors.addAll(ci.errors());
        }
        return errors;
    }

    static ComputeInstanceSettings instanceSettings(ComputeResource c) {
        return c != null && c.properties() instanceof ComputeInstanceProperties ci ? ci.properties() : null;
    }

    static AmlComputeSettings clusterSettings(ComputeResource c) {
        return c != null && c.properties() instanceof AmlComputeProperties aml ? aml.properties() : null;
    }

    static AksProperties aks(ComputeResource c) {
        return c != null && c.properties() instanceof AksProperties a ? a : null;
    }

    @Override
    public String toString() {
        return "ComputeRow[" + name + "]";
    }
}

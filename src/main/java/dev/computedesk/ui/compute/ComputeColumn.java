package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.NodeStateCounts;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.domain.compute.ClusterPurpose;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeState;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.time.TimeFormat;

import java.text.Collator;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The columns of the Compute page's tables: each one's text for a compute and how it sorts. A table column in
 * FXML names its {@code ComputeColumn} in {@code userData}; the view renders what this class computes.
 */
public enum ComputeColumn {
    NAME((c, me, time) -> c.name()),
    STATE((c, me, time) -> stateText(c)),
    APPLICATIONS((c, me, time) -> String.join(", ", InstanceApplications.of(c, null).stream()
            .map(ApplicationLink::label).toList())),
    VM_SIZE((c, me, time) -> vmSize(c)),
    CREATED_BY((c, me, time) -> createdBy(c, me)),
    CREATED_ON((c, me, time) -> createdOn(c, time)),
    ASSIGNED_TO((c, me, time) -> assignedTo(c, me)),
    TIER((c, me, time) -> tier(c)),
    NODES((c, me, time) -> nodes(c)),
    ALLOCATION((c, me, time) -> allocation(c)),
    NODE_STATES((c, me, time) -> nodeStatesText(c)),
    NAMESPACE((c, me, time) -> namespace(c)),
    RESOURCE((c, me, time) -> underlyingResource(c)),
    PURPOSE((c, me, time) -> purpose(c)),
    FQDN((c, me, time) -> fqdn(c)),
    TYPE((c, me, time) -> typeLabel(c));

    private static final String NONE = TimeFormat.ABSENT;

    /** How a column computes its text. */
    @FunctionalInterface
    private interface Text {
        String of(ComputeResource compute, Principal me, TimeFormat time);
    }

    private final Text text;

    ComputeColumn(Text text) {
        this.text = text;
    }

    /**
     * The cell's text, times in the machine's zone and the app's language ({@link TimeFormat#system()}).
     *
     * @param me the signed-in user ("Dana Demo (me)"), or null while unknown
     */
    public String text(ComputeResource compute, Principal me) {
        return text(compute, me, TimeFormat.system());
    }

    /**
     * The cell's text, times through {@code time} (the user's zone and locale).
     *
     * @param me the signed-in user ("Dana Demo (me)"), or null while unknown
     */
    public String text(ComputeResource compute, Principal me, TimeFormat time) {
        return compute == null ? "" : text.of(compute, me, time);
    }

    /**
     * How the column sorts: by date, by node count or by text, as a user expects (text in the order of the app's
     * language, case and accents second).
     *
     * @param me the signed-in user, asked at each comparison (it changes with the connection)
     */
    public Comparator<ComputeResource> comparator(Supplier<Principal> me) {
        switch (this) {
            case CREATED_ON:
                return Comparator.comparing(ComputeColumn::createdOnValue, Comparator.nullsFirst(Comparator.naturalOrder()));
            case NODES:
                return Comparator.comparingInt(ComputeColumn::nodeCountValue);
            default:
                // One formatter per comparator: building one per comparison would cost a sort of 10,000 rows dearly.
                TimeFormat time = TimeFormat.system();
                Collator collator = collator();
                Function<ComputeResource, String> key = c -> text(c, me.get(), time);
                return Comparator.comparing(key, collator);
        }
    }

    /**
     * How rows sort by this column: the same order as {@link #comparator}, with each row's text kept as a collation
     * key ({@link ComputeRow#sortKey}) so that a sort formats and collates each row once, not per comparison.
     *
     * @param collator the collator of the app's language ({@link #collator()}); keep one per table, so rows' keys
     *                 last from one sort to the next
     */
    public Comparator<ComputeRow> rowComparator(Supplier<Principal> me, Collator collator, TimeFormat time) {
        switch (this) {
            case CREATED_ON:
            case NODES:
                return Comparator.comparing(ComputeRow::compute, comparator(me));
            default:
                return (a, b) -> {
                    Principal user = me.get();
                    return a.sortKey(this, user, collator, time).compareTo(b.sortKey(this, user, collator, time));
                };
        }
    }

    /** The collator texts sort by: the app's language, case and accents second. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(Messages.locale());
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    // ------------------------------------------------------------------ texts

    /** The state a user reads: an instance's state, else the provisioning state ("Succeeded"). */
    public static String stateText(ComputeResource c) {
        return ComputeRow.stateOf(c).map(ComputeState::label).orElse(Messages.get("compute.code.state.unknown"));
    }

    /** How the state reads at a glance; {@link ComputeState.Condition#IDLE} when nothing is known. */
    public static ComputeState.Condition condition(ComputeResource c) {
        return ComputeRow.stateOf(c).map(ComputeState::condition).orElse(ComputeState.Condition.IDLE);
    }

    /** The badge's style class for the state ({@code state-ok}, {@code state-busy}, …). */
    public static String stateStyle(ComputeResource c) {
        return styleOf(condition(c));
    }

    /** The badge's style class for a condition. */
    static String styleOf(ComputeState.Condition condition) {
        switch (condition) {
            case CHANGING: return "state-busy";
            case FAILED: return "state-error";
            case READY: return "state-ok";
            case CANCELED: return "state-warn";
            default: return "state-idle";
        }
    }

    static String vmSize(ComputeResource c) {
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci != null) {
            return orNone(ci.vmSize());
        }
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml != null) {
            return orNone(aml.vmSize());
        }
        AksProperties aks = ComputeRow.aks(c);
        if (aks != null) {
            AksSettings s = aks.properties();
            // An absent size means the service default (docs/decisions.md "AKS capacity").
            return s == null || s.agentVmSize() == null ? "Standard_D3_v2" : s.agentVmSize();
        }
        return NONE;
    }

    /** Who created the compute, as {@link People} names people; a compute other than an instance, by ARM's name. */
    static String createdBy(ComputeResource c, Principal me) {
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci != null && ci.createdBy() != null) {
            return People.name(ci.createdBy().userId(), ci.createdBy().userName(), me);
        }
        if (c.systemData() != null && c.systemData().createdBy() != null && !c.systemData().createdBy().isBlank()) {
            return c.systemData().createdBy();
        }
        return NONE;
    }

    static OffsetDateTime createdOnValue(ComputeResource c) {
        if (c.properties() != null && c.properties().createdOn() != null) {
            return c.properties().createdOn();
        }
        return c.systemData() == null ? null : c.systemData().createdAt();
    }

    static String createdOn(ComputeResource c, TimeFormat time) {
        // The table shows the day (the details pane has the time too), so the column stays narrow.
        return time.date(createdOnValue(c));
    }

    /**
     * Who the instance is assigned to, as {@link People} names people: unassigned, or assigned to its creator, it is
     * the creator ("Dana Demo (me)", "Sam Rivera"). ARM sends only an object id for an assignee who is not the
     * creator: the signed-in user is still "Dana Demo (me)", anyone else their object id (no Graph lookup,
     * docs/decisions.md "Who is 'me'").
     */
    static String assignedTo(ComputeResource c, Principal me) {
        ComputeInstanceSettings ci = ComputeRow.instanceSettings(c);
        if (ci == null) {
            return NONE;
        }
        String assigned = assignedUser(ci);
        if (assigned == null) {
            return ci.createdBy() == null ? NONE : createdBy(c, me);
        }
        if (ci.createdBy() != null && assigned.equals(ci.createdBy().userId())) {
            return createdBy(c, me);
        }
        return People.name(assigned, null, me);
    }

    static String assignedUser(ComputeInstanceSettings ci) {
        return ci.personalComputeInstanceSettings() == null
                || ci.personalComputeInstanceSettings().assignedUser() == null
                ? null : ci.personalComputeInstanceSettings().assignedUser().objectId();
    }

    static String tier(ComputeResource c) {
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml == null || aml.vmPriority() == null) {
            return aml == null ? NONE : Messages.get("compute.code.tier.dedicated");
        }
        return Messages.get(aml.vmPriority().equalsIgnoreCase("LowPriority") ? "compute.code.tier.lowPriority"
                : "compute.code.tier.dedicated");
    }

    /** Clusters "2/3 (0–4)": current/target with min–max; AKS: its agent count. */
    static String nodes(ComputeResource c) {
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml != null) {
            ScaleSettings scale = aml.scaleSettings();
            String range = scale == null ? "" : " (" + zero(scale.minNodeCount()) + "\u2013" + zero(scale.maxNodeCount()) + ")";
            return zero(aml.currentNodeCount()) + "/" + zero(aml.targetNodeCount()) + range;
        }
        AksProperties aks = ComputeRow.aks(c);
        if (aks != null) {
            AksSettings s = aks.properties();
            return String.valueOf(s == null || s.agentCount() == null ? 3 : s.agentCount());
        }
        return NONE;
    }

    static int nodeCountValue(ComputeResource c) {
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml != null) {
            return zero(aml.currentNodeCount());
        }
        AksProperties aks = ComputeRow.aks(c);
        if (aks != null && aks.properties() != null && aks.properties().agentCount() != null) {
            return aks.properties().agentCount();
        }
        return 0;
    }

    static String allocation(ComputeResource c) {
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        if (aml == null || aml.allocationState() == null) {
            return NONE;
        }
        String key = "compute.code.allocation." + aml.allocationState().strip().toLowerCase(Locale.ROOT);
        return Messages.has(key) ? Messages.get(key) : words(aml.allocationState());
    }

    /** The node-state counts in a fixed order: idle, running, preparing, unusable, leaving, preempted. */
    static int[] nodeStateCounts(ComputeResource c) {
        AmlComputeSettings aml = ComputeRow.clusterSettings(c);
        NodeStateCounts n = aml == null ? null : aml.nodeStateCounts();
        if (n == null) {
            return new int[6];
        }
        return new int[] {zero(n.idleNodeCount()), zero(n.runningNodeCount()), zero(n.preparingNodeCount()),
                zero(n.unusableNodeCount()), zero(n.leavingNodeCount()), zero(n.preemptedNodeCount())};
    }

    /** The node states' names (style classes too: {@code node-idle}), in the order of {@link #nodeStateCounts}. */
    public static final List<String> NODE_STATE_NAMES = List.of("idle", "running", "preparing", "unusable", "leaving",
            "preempted");

    static String nodeStatesText(ComputeResource c) {
        int[] counts = nodeStateCounts(c);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(nodeStateCount(NODE_STATE_NAMES.get(i), counts[i]));
            }
        }
        return text.length() == 0 ? Messages.get("compute.code.nodes.none") : text.toString();
    }

    /** "2 idle", "1 running": a count of nodes in one of {@link #NODE_STATE_NAMES}, in the app's language. */
    static String nodeStateCount(String state, int count) {
        String key = "compute.code.nodeState." + state;
        return Messages.get(key, count);
    }

    static String namespace(ComputeResource c) {
        if (c.properties() instanceof KubernetesProperties k) {
            return k.properties() == null || k.properties().namespace() == null ? "default" : k.properties().namespace();
        }
        return NONE;
    }

    /** The underlying resource's name and type ("aks-demo · managedClusters"), from {@code resourceId}. */
    static String underlyingResource(ComputeResource c) {
        String id = c.properties() == null ? null : c.properties().resourceId();
        if (id == null || id.isBlank()) {
            return NONE;
        }
        try {
            ArmId arm = ArmId.parse(id);
            if (!present(arm.name())) {
                return id;
            }
            return present(arm.resourceGroup()) ? arm.name() + " (" + arm.resourceGroup() + ")" : arm.name();
        } catch (RuntimeException notAnArmId) {
            return id;
        }
    }

    static String purpose(ComputeResource c) {
        AksProperties aks = ComputeRow.aks(c);
        if (aks == null) {
            return NONE;
        }
        String wire = aks.properties() == null ? null : aks.properties().clusterPurpose();
        ClusterPurpose purpose = ClusterPurpose.fromArm(wire).orElse(ClusterPurpose.FAST_PROD);
        return purpose.label();
    }

    static String fqdn(ComputeResource c) {
        AksProperties aks = ComputeRow.aks(c);
        return aks == null || aks.properties() == null ? NONE : orNone(aks.properties().clusterFqdn());
    }

    /** The type as Studio names it ("Virtual machine", "Synapse Spark pool"). */
    static String typeLabel(ComputeResource c) {
        return ComputeRow.kindOf(c).map(ComputeColumn::kindLabel).orElse(orNone(c.computeType()));
    }

    static String kindLabel(ComputeKind kind) {
        switch (kind) {
            case AKS: return Messages.get("compute.code.type.aks");
            case DATABRICKS: return Messages.get("compute.code.type.databricks");
            default: return kind.displayName();
        }
    }

    /** ARM's word with a capital first letter and the rest in lower case: "steady" and "STEADY" read "Steady". */
    static String words(String wire) {
        String lower = wire.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.isEmpty() ? NONE : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}

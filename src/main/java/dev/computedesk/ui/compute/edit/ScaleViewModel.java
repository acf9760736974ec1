package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.domain.compute.NodeCountRule;
import dev.computedesk.domain.quota.CostEstimate;
import dev.computedesk.domain.quota.QuotaCheck;
import dev.computedesk.domain.quota.VmPriority;
import dev.computedesk.domain.quota.VmSize;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.WholeNumbers;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.compute.create.Capacity;
import dev.computedesk.ui.compute.create.QuotaAndCost;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The scale dialog of a compute cluster: minimum and maximum nodes and idle seconds before scale down, with the
 * cluster form's rules ({@link NodeCountRule}) and its quota pre-flight ({@link Capacity}, {@link QuotaAndCost}),
 * counted against the quota left plus what the cluster already allocates. Sent as a {@code PATCH} of
 * {@code scaleSettings}; the service replaces that object whole (an absent minimum would mean 0), so the PATCH
 * carries its three values and nothing else of the cluster.
 */
public final class ScaleViewModel extends EditDialogViewModel {
    private final Integer minBefore;
    private final Integer maxBefore;
    private final OptionalLong idleBefore;
    private final String vmSizeName;
    private final VmPriority priority;
    private final FormField minNodes;
    private final FormField maxNodes;
    private final FormField idleSeconds;
    private final Capacity capacity = new Capacity();
    private final QuotaAndCost quotaAndCost = QuotaAndCost.forChange();

    public ScaleViewModel(EditServices services, EditTarget target) {
        super(services, target, ComputeEdit.SCALE);
        ComputeResource c = target.current();
        AmlComputeSettings s = c != null && c.properties() instanceof AmlComputeProperties p ? p.properties() : null;
        ScaleSettings scale = s == null ? null : s.scaleSettings();
        minBefore = scale == null ? null : scale.minNodeCount();
        maxBefore = scale == null ? null : scale.maxNodeCount();
        idleBefore = scale == null ? OptionalLong.empty()
                : NodeCountRule.idleSecondsFromIso(scale.nodeIdleTimeBeforeScaleDown());
        vmSizeName = s == null ? null : s.vmSize();
        priority = s == null ? VmPriority.DEDICATED : VmPriority.fromArm(s.vmPriority()).orElse(VmPriority.DEDICATED);

        minNodes = new FormField(minBefore == null ? "0" : minBefore.toString(),
                text -> NodeCountRule.validate(text, maxText()).minimum());
        maxNodes = new FormField(maxBefore == null ? "" : maxBefore.toString(),
                text -> NodeCountRule.validate(minNodes.get(), text).maximum(), minNodes.textProperty());
        idleSeconds = new FormField(idleBefore.isPresent() ? Long.toString(idleBefore.getAsLong())
                : Long.toString(NodeCountRule.DEFAULT_IDLE_SECONDS), NodeCountRule::validateIdleSeconds);

        minNodes.textProperty().addListener((obs, old, now) -> updateQuota());
        maxNodes.textProperty().addListener((obs, old, now) -> updateQuota());
        capacity.quota().addListener((obs, old, quota) -> updateQuota());
        capacity.loaded().addListener((obs, old, loaded) -> updateQuota());
        capacity.failure().addListener((obs, old, failure) -> updateQuota());
        updateQuota();
        String location = c == null || c.location() == null ? target.workspace().location() : c.location();
        if (target.capacity() != null && location != null) {
            capacity.load(services.executor(), target.capacity(), target.workspace().subscriptionId(), location);
        }

        BooleanBinding valid = minNodes.validProperty().and(maxNodes.validProperty()).and(idleSeconds.validProperty())
                .and(quotaAndCost.blocksProperty().not());
        BooleanBinding changed = Bindings.createBooleanBinding(() -> differs(minNodes, minBefore)
                        || differs(maxNodes, maxBefore) || differs(idleSeconds, idleBefore),
                minNodes.textProperty(), maxNodes.textProperty(), idleSeconds.textProperty());
        ready(valid, changed);
    }

    private String maxText() {
        return maxNodes == null ? "1" : maxNodes.get();
    }

    private static boolean differs(FormField field, Integer before) {
        return differs(field, before == null ? OptionalLong.empty() : OptionalLong.of(before));
    }

    private static boolean differs(FormField field, OptionalLong before) {
        OptionalLong now = WholeNumbers.parse(field.get());
        return now.isPresent() && !Objects.equals(now, before);
    }

    private void updateQuota() {
        VmSize size = capacity.find(vmSizeName).map(Capacity::toDomain).orElse(null);
        if (capacity.failure().get() != null) {
            quotaAndCost.clear(Messages.get("compute.code.edit.quotaUnreadable", capacity.failure().get().message()));
            return;
        }
        if (capacity.quota().get() == null || !capacity.loaded().get()) {
            quotaAndCost.clear(Messages.get("compute.code.edit.quotaLoading"));
            return;
        }
        if (size == null) {
            quotaAndCost.clear(Messages.get("compute.code.edit.quotaUnknownSize", vmSizeName));
            return;
        }
        NodeCountRule.Result counts = NodeCountRule.validate(minNodes.get(), maxNodes.get());
        if (!counts.isValid()) {
            quotaAndCost.clear(Messages.get("compute.code.edit.quotaNeedsCounts"));
            return;
        }
        int min = (int) WholeNumbers.parse(minNodes.get()).getAsLong();
        int max = (int) WholeNumbers.parse(maxNodes.get()).getAsLong();
        long allocated = minBefore == null ? 0 : (long) minBefore * size.vCpus();
        quotaAndCost.show(QuotaCheck.forCluster(capacity.quota().get().withoutAllocation(size.family(), priority,
                allocated), size, priority, min, max), CostEstimate.forCluster(size, priority, min, max));
    }

    @Override
    protected Request request() {
        ScaleSettings scale = new ScaleSettings((int) WholeNumbers.parse(maxNodes.get()).getAsLong(),
                (int) WholeNumbers.parse(minNodes.get()).getAsLong(),
                NodeCountRule.idleSecondsToIso(WholeNumbers.parse(idleSeconds.get()).getAsLong()));
        return (computes, workspace, name) -> computes.updateScaleSettings(workspace, name, scale);
    }

    @Override
    protected String doing() {
        return Messages.get("compute.code.edit.scaling");
    }

    /** "Now: 0 to 4 nodes, scale down after 120 s idle". */
    public String currentText() {
        return Messages.get("compute.code.edit.scaleNow", minBefore == null ? "?" : minBefore,
                maxBefore == null ? "?" : maxBefore, idleBefore.isPresent() ? String.valueOf(idleBefore.getAsLong()) : "?");
    }

    /** The cluster's VM size (it cannot change), for the dialog's heading. */
    public String vmSizeName() {
        return vmSizeName == null ? "" : vmSizeName;
    }

    /** {@code #minNodesField}. */
    public FormField minNodes() {
        return minNodes;
    }

    /** {@code #maxNodesField}. */
    public FormField maxNodes() {
        return maxNodes;
    }

    /** {@code #idleSecondsField}. */
    public FormField idleSeconds() {
        return idleSeconds;
    }

    /** The quota pre-flight and cost ({@code #quotaLabel}, {@code #costLabel}). */
    public QuotaAndCost quotaAndCost() {
        return quotaAndCost;
    }
}

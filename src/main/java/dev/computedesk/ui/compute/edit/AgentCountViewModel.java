package dev.computedesk.ui.compute.edit;

import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.domain.compute.AksCapacityRule;
import dev.computedesk.domain.compute.ClusterPurpose;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.ValidationResult;
import dev.computedesk.domain.validation.WholeNumbers;
import dev.computedesk.ui.common.form.FormField;
import dev.computedesk.ui.compute.create.Capacity;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import java.util.OptionalLong;

/**
 * The node-count dialog of an AKS inference cluster the workspace created: the AKS form's rule
 * ({@link AksCapacityRule}: nodes × vCPUs of the cluster's size ≥ 12, and the purpose's minimum), sent with
 * {@code updateAksNodeCount}, the same-type PUT of Microsoft's AKS update example. The size's vCPUs come from the
 * location's size list; until it is read the count cannot be checked, so Save waits for it.
 */
public final class AgentCountViewModel extends EditDialogViewModel {
    private final Integer before;
    private final String vmSizeName;
    private final ClusterPurpose purpose;
    private final Capacity capacity = new Capacity();
    private final FormField agentCount;

    public AgentCountViewModel(EditServices services, EditTarget target) {
        super(services, target, ComputeEdit.AGENT_COUNT);
        ComputeResource c = target.current();
        AksSettings s = c != null && c.properties() instanceof AksProperties p ? p.properties() : null;
        before = s == null || s.agentCount() == null ? AksCapacityRule.DEFAULT_AGENT_COUNT : s.agentCount();
        vmSizeName = s == null || s.agentVmSize() == null ? AksCapacityRule.DEFAULT_AGENT_VM_SIZE : s.agentVmSize();
        purpose = s == null ? ClusterPurpose.FAST_PROD
                : ClusterPurpose.fromArm(s.clusterPurpose()).orElse(ClusterPurpose.FAST_PROD);
        agentCount = new FormField(before.toString(), this::check, capacity.loaded(), capacity.failure());
        String location = c == null || c.location() == null ? target.workspace().location() : c.location();
        if (target.capacity() != null && location != null) {
            capacity.load(services.executor(), target.capacity(), target.workspace().subscriptionId(), location);
        }
        BooleanBinding changed = Bindings.createBooleanBinding(() -> {
            OptionalLong typed = WholeNumbers.parse(agentCount.get());
            return typed.isPresent() && typed.getAsLong() != before;
        }, agentCount.textProperty());
        ready(agentCount.validProperty(), changed);
    }

    private ValidationResult check(String text) {
        if (text.isBlank()) {
            return ValidationResult.error(WholeNumbers.notAWholeNumber());
        }
        if (capacity.failure().get() != null) {
            return ValidationResult.error(Messages.get("compute.code.edit.vcpusUnreadable", vmSizeName,
                    capacity.failure().get().message()));
        }
        if (!capacity.loaded().get()) {
            return ValidationResult.error(Messages.get("compute.code.edit.vcpusReading", vmSizeName));
        }
        Integer vCpus = capacity.find(vmSizeName).map(VirtualMachineSize::vCPUs).orElse(null);
        if (vCpus == null) {
            return ValidationResult.error(Messages.get("compute.code.edit.sizeNotOffered", vmSizeName));
        }
        return AksCapacityRule.validateText(text, vCpus, purpose, false);
    }

    @Override
    protected Request request() {
        int count = (int) WholeNumbers.parse(agentCount.get()).getAsLong();
        return (computes, workspace, name) -> computes.updateAksNodeCount(workspace, name, count);
    }

    @Override
    protected String doing() {
        return Messages.get("compute.code.edit.changingNodeCount");
    }

    /** "Now: 3 nodes of Standard_D3_v2 (Production)". */
    public String currentText() {
        return Messages.get("compute.code.edit.nodeCountNow", before, vmSizeName, purpose.label());
    }

    /** {@code #agentCountField}. */
    public FormField agentCount() {
        return agentCount;
    }
}

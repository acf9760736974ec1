package dev.computedesk.testing;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.Page;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Navigator} that remembers what a screen asked to open. */
public final class RecordingNavigator implements Navigator {
    /** Create or attach forms opened empty. */
    public final List<ComputeFormKind> forms = new CopyOnWriteArrayList<>();
    /** "Edit and retry" requests, as {@code KIND:computeName}. */
    public final List<String> retries = new CopyOnWriteArrayList<>();
    /** SSH helpers opened, as {@code compute} or {@code compute/nodeId}. */
    public final List<String> sshTargets = new CopyOnWriteArrayList<>();

    @Override
    public void openCreateForm(ComputeFormKind kind) {
        forms.add(kind);
    }

    @Override
    public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
        retries.add(kind + ":" + computeName);
    }

    @Override
    public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
        sshTargets.add(compute.name() + (node == null ? "" : "/" + node.nodeId()));
    }

    @Override
    public void showPage(Page page) {
    }
}

package dev.computedesk.ui.common;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the pages that a compute changed elsewhere (a form submitted a create, a wizard attached a pool), so
 * the Compute page shows the new row at once. Publish and listen on the FX thread.
 */
public final class ComputeEvents {

    /** What happened to a compute. */
    public enum Kind { CREATING, CHANGED, REMOVED }

    /**
     * @param workspace   the workspace the compute belongs to
     * @param computeName its name
     * @param compute     the resource as last known (for CREATING: the 201's body or the request sent), or null
     * @param kind        what happened
     */
    public record Change(WorkspaceRef workspace, String computeName, ComputeResource compute, Kind kind) {
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    public void publish(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}

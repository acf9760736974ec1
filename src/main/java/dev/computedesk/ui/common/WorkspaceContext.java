package dev.computedesk.ui.common;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The connection and the workspace every page works in. Pages observe {@link #workspaceProperty()} and reload
 * when it changes. Touched on the FX thread only.
 */
public final class WorkspaceContext {
    private final ObjectProperty<AzureConnection> connection = new SimpleObjectProperty<>(this, "connection");
    private final ObjectProperty<WorkspaceRef> workspace = new SimpleObjectProperty<>(this, "workspace");
    private HeldComputes heldComputes = HeldComputes.NONE;

    /** The current connection, or null before one is made. */
    public ReadOnlyObjectProperty<AzureConnection> connectionProperty() {
        return connection;
    }

    public AzureConnection connection() {
        return connection.get();
    }

    /** The selected workspace, or null while none is. */
    public ReadOnlyObjectProperty<WorkspaceRef> workspaceProperty() {
        return workspace;
    }

    public WorkspaceRef workspace() {
        return workspace.get();
    }

    /** Switches connection; the workspace is cleared until the new connection's list is known. */
    public void connect(AzureConnection newConnection) {
        workspace.set(null);
        connection.set(newConnection);
    }

    public void selectWorkspace(WorkspaceRef ref) {
        workspace.set(ref);
    }

    /** Makes {@code source} (the Compute page) the place other windows find the computes already listed. */
    public void holdComputes(HeldComputes source) {
        heldComputes = Objects.requireNonNull(source);
    }

    /** The current workspace's computes as a page already holds them, if one holds its complete list. */
    public Optional<List<ComputeResource>> heldComputes() {
        return heldComputes.computesOf(connection.get(), workspace.get());
    }
}

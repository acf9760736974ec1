package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.ui.common.ClipboardService;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.common.form.Debouncer;
import dev.computedesk.ui.common.form.FileChoices;

/**
 * What every form view-model is given: the background seam, the connection and workspace it creates in, and
 * the small services it reaches the user through.
 *
 * @param executor   runs the form's titled operations
 * @param connection the clients
 * @param workspace  the workspace the compute is created in or attached to
 * @param dialogs    the "Edit and retry" notice
 * @param clipboard  Copy on the review page
 * @param events     tells the Compute page about the new compute
 * @param navigator  reopens a form for "Edit and retry"
 * @param debouncer  paces the name-in-use check
 * @param files      file dialogs (private key, YAML)
 * @param follower   follows the accepted create to its end (the app's one follower; it publishes to {@code events})
 * @param links      the system browser (the size table's quota link)
 */
public record FormServices(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                           DialogService dialogs, ClipboardService clipboard, ComputeEvents events,
                           Navigator navigator, Debouncer debouncer, FileChoices files, OperationFollower follower,
                           LinkOpener links) {

    /** With a follower of its own on {@code executor} and {@code events}, and no browser (tests and previews). */
    public FormServices(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace,
                        DialogService dialogs, ClipboardService clipboard, ComputeEvents events,
                        Navigator navigator, Debouncer debouncer, FileChoices files) {
        this(executor, connection, workspace, dialogs, clipboard, events, navigator, debouncer, files,
                new OperationFollower(executor, events), url -> { });
    }
}

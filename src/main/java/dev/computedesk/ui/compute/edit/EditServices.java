package dev.computedesk.ui.compute.edit;

import dev.computedesk.ui.common.LinkOpener;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.TaskExecutor;

import java.util.Objects;

/**
 * What every edit dialog's view-model uses.
 *
 * @param executor the background seam (lists of sizes and identities)
 * @param follower sends the edit and follows its operation to the end, so the row shows the transitional state and
 *                 the activity log records it
 * @param links    the system browser (the Azure ML studio link)
 */
public record EditServices(TaskExecutor executor, OperationFollower follower, LinkOpener links) {

    public EditServices {
        Objects.requireNonNull(executor);
        Objects.requireNonNull(follower);
        Objects.requireNonNull(links);
    }
}

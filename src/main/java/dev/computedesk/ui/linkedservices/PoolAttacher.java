package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.OperationFollower;
import dev.computedesk.ui.common.form.SparkPools;

import java.util.List;
import java.util.function.Consumer;

/**
 * Attaches chosen pools of a linked Synapse workspace, each sending the same request as the direct wizard
 * ({@link SparkPools#attachRequest}) once a GET in the same task found the name free, and followed to its end by
 * the app's one {@link OperationFollower} (which shows it on the Attached computes tab as soon as ARM accepts). A
 * pool counts as attached only once its operation ended Succeeded.
 */
final class PoolAttacher {

    /**
     * How one pool's attach ended.
     *
     * @param computeName the compute's name
     * @param poolName    the pool
     * @param compute     the compute as the service answered (null when it failed)
     * @param error       what failed (null when it was accepted)
     */
    record Outcome(String computeName, String poolName, ComputeResource compute, ErrorInfo error) {
        boolean succeeded() {
            return error == null;
        }

        /** "sparksmall → sparksmall: attached" or "sparklarge → big: failed · …: Conflict: …". */
        String describe() {
            return succeeded() ? Messages.get("linked.code.poolAttached", poolName, computeName)
                    : Messages.get("linked.code.poolFailed", poolName, computeName, error.summary());
        }
    }

    /** A pool to attach under a name, snapshotted from a {@link PoolChoice} on the FX thread. */
    record Request(String computeName, String poolName, String poolId) {
        static Request of(PoolChoice choice) {
            return new Request(choice.computeName(), choice.poolName(), choice.pool().id());
        }
    }

    private final AzureConnection connection;
    private final WorkspaceRef workspace;
    private final OperationFollower follower;

    PoolAttacher(AzureConnection connection, WorkspaceRef workspace, OperationFollower follower) {
        this.connection = connection;
        this.workspace = workspace;
        this.follower = follower;
    }

    /** Starts one attach per request; {@code each} hears every outcome, {@code allDone} runs after the last. */
    void attach(List<Request> requests, Consumer<Outcome> each, Runnable allDone) {
        if (requests.isEmpty()) {
            allDone.run();
            return;
        }
        int[] left = {requests.size()};
        for (Request request : requests) {
            ComputeResource body = SparkPools.attachRequest(workspace, request.poolId(), null);
            String title = Messages.get("linked.code.task.attachPool", request.poolName(), request.computeName());
            follower.follow(workspace, request.computeName(), title, OperationFollower.Action.CREATE,
                    connection.computes(),
                    () -> {
                        // The step's list may be minutes old: ask about this name right before the PUT, in this
                        // task, so an attach never updates a compute that took the name meanwhile.
                        NameAvailability.requireFree(connection.computes(), workspace, request.computeName());
                        return connection.computes().createOrUpdate(workspace, request.computeName(), body);
                    })
                    .whenEnded(end -> {
                        ErrorInfo problem = end.errorInfo(Messages.get("linked.code.attaching", request.computeName()));
                        each.accept(new Outcome(request.computeName(), request.poolName(),
                                problem == null ? end.compute() : null, problem != null ? problem
                                : end.succeeded() ? null : new ErrorInfo(Messages.get("common.code.noLongerFollowed",
                                Messages.get("linked.code.attaching", request.computeName())), "",
                                Messages.get("linked.code.attachMayComplete"), "", false)));
                        if (--left[0] == 0) {
                            allDone.run();
                        }
                    });
        }
    }
}

package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.ComputeEvents;
import dev.computedesk.ui.common.ErrorInfo;
import dev.computedesk.ui.common.ErrorInfos;
import dev.computedesk.ui.common.NameAvailability;
import dev.computedesk.ui.common.TaskExecutor;
import dev.computedesk.ui.sparkpool.SparkPools;

import java.util.List;
import java.util.function.Consumer;

/**
 * Attaches chosen pools of a linked Synapse workspace, one titled task per pool, each sending the same request as
 * the direct wizard ({@link SparkPools#attachRequest}) once a GET in the same task found the name free; every
 * accepted attach is published at once so the Attached computes tab shows it.
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

        /** "sparksmall → sparksmall: attaching" or "sparklarge → big: failed · Conflict: …". */
        String describe() {
            return poolName + " \u2192 " + computeName + ": "
                    + (succeeded() ? "attaching (see Attached computes)" : "failed \u00b7 " + error.summary());
        }
    }

    /** A pool to attach under a name, snapshotted from a {@link PoolChoice} on the FX thread. */
    record Request(String computeName, String poolName, String poolId) {
        static Request of(PoolChoice choice) {
            return new Request(choice.computeName(), choice.poolName(), choice.pool().id());
        }
    }

    private final TaskExecutor executor;
    private final AzureConnection connection;
    private final WorkspaceRef workspace;
    private final ComputeEvents events;

    PoolAttacher(TaskExecutor executor, AzureConnection connection, WorkspaceRef workspace, ComputeEvents events) {
        this.executor = executor;
        this.connection = connection;
        this.workspace = workspace;
        this.events = events;
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
            executor.submit(BackgroundTask.titled("Attaching Spark pool " + request.poolName() + " as "
                            + request.computeName(), request.computeName(), token -> {
                        // The step's list may be minutes old: ask about this name right before the PUT, in this
                        // task, so an attach never updates a compute that took the name meanwhile.
                        NameAvailability.requireFree(connection.computes(), workspace, request.computeName());
                        connection.computes().createOrUpdate(workspace, request.computeName(), body);
                        return connection.computes().find(workspace, request.computeName()).orElse(body);
                    })
                    .onSuccess(compute -> {
                        events.publish(new ComputeEvents.Change(workspace, request.computeName(), compute,
                                ComputeEvents.Kind.CREATING));
                        each.accept(new Outcome(request.computeName(), request.poolName(), compute, null));
                    })
                    .onFailure(failure -> each.accept(new Outcome(request.computeName(), request.poolName(), null,
                            ErrorInfos.from("Attaching " + request.computeName() + " failed", failure))))
                    .whenDone(() -> {
                        if (--left[0] == 0) {
                            allDone.run();
                        }
                    }));
        }
    }
}

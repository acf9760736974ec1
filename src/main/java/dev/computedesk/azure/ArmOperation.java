package dev.computedesk.azure;

import java.util.function.Consumer;

/**
 * A long-running ARM operation (create, attach, scale, delete, detach, start, stop, restart). The first request has
 * already been accepted when the client returns this; {@link #waitForCompletion()} follows it to its end on the
 * calling thread (azure-core-management's poller: {@code Azure-AsyncOperation} first, then {@code Location}, waiting
 * {@code Retry-After}, capped, between polls), so call it from a background task. Observe progress with
 * {@link #addListener}; stop following with {@link #cancel()}.
 *
 * @param <T> the final result (the compute for create/update/start/stop/restart; {@code Void} for delete)
 */
public interface ArmOperation<T> {

    /** A short title for status bars, e.g. "Stopping compute ci-a". */
    String title();

    /** The latest known status. */
    OperationStatus status();

    /**
     * Calls {@code listener} with every new status (on the polling thread), starting with the current one.
     * A view-model marshals it to the FX thread.
     */
    void addListener(Consumer<OperationStatus> listener);

    /**
     * Follows the operation until it ends and returns its result (reading the compute again where there is one).
     * Once ended, every further call answers the same at once.
     *
     * @throws OperationFailedException            ARM reported {@code Failed} or {@code Canceled} (ARM's error,
     *                                             the accepted request's id)
     * @throws OperationNoLongerFollowedException  following ended without a known outcome (follow limit, status
     *                                             URL unreadable); read the resource again
     * @throws OperationCancelledException         {@link #cancel()} was called
     * @throws ArmException                        reading the final resource failed
     */
    T waitForCompletion();

    /**
     * Stops following (wakes a waiting {@link #waitForCompletion()} at once, which then throws
     * {@link OperationCancelledException}). Azure is not asked to cancel: ARM has no such call here.
     */
    void cancel();

    /** True once {@link #cancel()} was called. */
    boolean isCancelled();
}

package dev.computedesk.azure;

import java.util.function.Consumer;

/**
 * A long-running ARM operation (create, scale, delete, start, stop, restart). The first request has already
 * been accepted when the client returns this; {@link #waitForCompletion()} polls ARM ({@code Azure-AsyncOperation}
 * first, then {@code Location}, waiting {@code Retry-After} between polls) on the calling thread, so call it from
 * a background task. Observe progress with {@link #addListener}; stop polling with {@link #cancel()}.
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
     * Polls until the operation ends and returns its result (fetching the final resource where there is one).
     *
     * @throws ArmException                 when the operation failed or was canceled by ARM (carrying ARM's error)
     * @throws OperationCancelledException  when {@link #cancel()} was called
     */
    T waitForCompletion();

    /** Stops polling (wakes a waiting poller at once). Azure is not asked to cancel: ARM has no such call here. */
    void cancel();

    /** True once {@link #cancel()} was called. */
    boolean isCancelled();
}

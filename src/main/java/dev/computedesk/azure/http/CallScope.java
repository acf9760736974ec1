package dev.computedesk.azure.http;

/**
 * Ties the HTTP calls made on the current thread to one user operation.
 *
 * <p>The background executor opens a scope around each task; the pipeline's recording policy reads
 * {@link #current()} when a request starts (on the thread that sends it) and reports the finished call
 * to that listener, whatever thread the response arrives on.
 */
public final class CallScope implements AutoCloseable {
    private static final ThreadLocal<CallListener> CURRENT = new ThreadLocal<>();

    private final CallListener previous;

    private CallScope(CallListener listener) {
        this.previous = CURRENT.get();
        CURRENT.set(listener);
    }

    /** Makes {@code listener} receive the calls of this thread until the scope closes. */
    public static CallScope open(CallListener listener) {
        return new CallScope(listener);
    }

    /** The listener of the innermost open scope on this thread, or null outside any scope. */
    public static CallListener current() {
        return CURRENT.get();
    }

    @Override
    public void close() {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}

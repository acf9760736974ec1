package dev.computedesk.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of background work with a human title ("Stopping compute instance ci-a"), the target it acts on,
 * and the callbacks that publish its outcome on the FX thread.
 *
 * <p>Build one with {@link #titled(String, String, Work)} and the {@code on…} methods; each returns a copy.
 *
 * @param <T> the work's result
 */
public final class BackgroundTask<T> {

    /**
     * The work itself; runs off the FX thread and must not touch bound properties (it hands partial results to
     * {@link TaskContext#publish}).
     */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    private static final Consumer<Object> IGNORE = value -> { };
    private static final Runnable NOTHING = () -> { };

    private final String title;
    private final String target;
    private final Work<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<? super Throwable> onFailure;
    private final Runnable onCancelled;
    private final Runnable whenDone;
    private final boolean followsOperation;

    private BackgroundTask(String title, String target, Work<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure, Runnable onCancelled, Runnable whenDone) {
        this(title, target, work, onSuccess, onFailure, onCancelled, whenDone, false);
    }

    private BackgroundTask(String title, String target, Work<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure, Runnable onCancelled, Runnable whenDone,
                           boolean followsOperation) {
        this.title = Objects.requireNonNull(title, "title");
        this.target = target == null ? "" : target;
        this.work = Objects.requireNonNull(work, "work");
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        this.onCancelled = onCancelled;
        this.whenDone = whenDone;
        this.followsOperation = followsOperation;
    }

    /** A task titled for the user, acting on {@code target} (a compute name, a workspace; may be empty). */
    public static <T> BackgroundTask<T> titled(String title, String target, Work<T> work) {
        return new BackgroundTask<>(title, target, work, IGNORE, IGNORE, NOTHING, NOTHING);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        return new BackgroundTask<>(title, target, work, callback, onFailure, onCancelled, whenDone, followsOperation);
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        return new BackgroundTask<>(title, target, work, onSuccess, callback, onCancelled, whenDone, followsOperation);
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        return new BackgroundTask<>(title, target, work, onSuccess, onFailure, callback, whenDone, followsOperation);
    }

    /** Runs after the success, failure or cancellation callback, whichever happened. */
    public BackgroundTask<T> whenDone(Runnable callback) {
        return new BackgroundTask<>(title, target, work, onSuccess, onFailure, onCancelled, callback, followsOperation);
    }

    /**
     * Marks a task that follows an operation Azure has accepted: cancelling it only stops the following, so the
     * activity log says "no longer followed; the operation may still complete in Azure" instead of "Cancelled".
     */
    public BackgroundTask<T> followingAnOperation() {
        return new BackgroundTask<>(title, target, work, onSuccess, onFailure, onCancelled, whenDone, true);
    }

    /** True for a task made with {@link #followingAnOperation()}. */
    public boolean followsOperation() {
        return followsOperation;
    }

    public String title() {
        return title;
    }

    public String target() {
        return target;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }

    void done() {
        whenDone.run();
    }
}

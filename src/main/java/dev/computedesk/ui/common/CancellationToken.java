package dev.computedesk.ui.common;

import java.util.concurrent.CancellationException;

/** Lets long work (polling, paging) notice that the user cancelled it. */
public interface CancellationToken {

    boolean isCancelled();

    /** Throws {@link CancellationException} when cancelled: a convenient check between steps. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled");
        }
    }
}

package dev.computedesk.ui.compute;

import dev.computedesk.ui.common.ErrorInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What the Compute page's error banner shows: the failure, and what its Retry repeats. */
final class PageError {
    private final ObjectProperty<ErrorInfo> error = new SimpleObjectProperty<>(this, "error");
    private Runnable retryAction = () -> { };

    /** The failure shown in {@code #errorBanner}, or null. */
    ObjectProperty<ErrorInfo> errorProperty() {
        return error;
    }

    /** Shows {@code info}; Retry will run {@code retry}. */
    void show(ErrorInfo info, Runnable retry) {
        retryAction = retry;
        error.set(info);
    }

    void clear() {
        error.set(null);
    }

    /** The banner's Retry: hides the banner and repeats what failed. */
    void retry() {
        Runnable action = retryAction;
        error.set(null);
        action.run();
    }
}

package dev.computedesk.ui.common.form;

import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Function;

/** Loads what a form's pickers list (subnets, identities, clusters, …) in the background. */
public final class Pickers {
    private Pickers() {
    }

    /** Fills {@code target} with what {@code load} returns; failures leave the list empty (the field explains). */
    public static <T> void load(TaskExecutor executor, String title, String subscriptionId,
                                Function<String, List<T>> load, ObservableList<T> target, Runnable whenLoaded) {
        executor.submit(BackgroundTask.titled(title, subscriptionId, cancellation -> load.apply(subscriptionId))
                .onSuccess(items -> {
                    target.setAll(items);
                    whenLoaded.run();
                }));
    }
}

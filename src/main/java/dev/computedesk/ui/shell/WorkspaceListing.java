package dev.computedesk.ui.shell;

import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.http.CallListener;
import dev.computedesk.azure.http.CallRecord;
import dev.computedesk.azure.http.CallScope;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The workspace picker's list of one connection: its workspaces with their subscriptions' names, in the picker's
 * order. {@link #start} begins it on a worker as soon as the start-up connection exists, beside the window's
 * creation on the FX thread, so the answer is there when the shell asks ({@link ShellViewModel#connected(
 * AzureConnection, String, WorkspaceListing)}): the first request no longer waits for the window to be built. The
 * calls it made are kept and handed to the activity-log entry of the shell's "Listing workspaces" task when that
 * takes the answer, so the log shows them as it did when the task made them itself.
 */
public final class WorkspaceListing {
    private final AzureConnection connection;
    private final CompletableFuture<List<WorkspaceChoice>> answer;
    private final List<CallRecord> calls = new ArrayList<>();

    private WorkspaceListing(AzureConnection connection, Executor worker) {
        this.connection = Objects.requireNonNull(connection);
        CallListener keep = call -> {
            synchronized (calls) {
                calls.add(call);
            }
        };
        this.answer = CompletableFuture.supplyAsync(() -> {
            try (CallScope scope = CallScope.open(keep)) {
                return list(connection);
            }
        }, worker);
    }

    /** Lists the workspaces of {@code connection} on {@code worker}, starting now. */
    public static WorkspaceListing start(AzureConnection connection, Executor worker) {
        return new WorkspaceListing(connection, worker);
    }

    /** Whether this is the listing of {@code other}. */
    boolean isOf(AzureConnection other) {
        return connection == other;
    }

    /**
     * Waits for the answer (off the FX thread), hands the calls it made to the current call scope (the task that
     * takes it), and returns it or throws its failure as listing would have.
     */
    List<WorkspaceChoice> take() throws Exception {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            CallListener current = CallScope.current();
            if (current != null && answer.isDone()) {
                List<CallRecord> made;
                synchronized (calls) {
                    made = List.copyOf(calls);
                }
                made.forEach(current::onCall);
            }
        }
    }

    /** Subscriptions (for their names) and workspaces of {@code connection}, in the picker's order. */
    static List<WorkspaceChoice> list(AzureConnection connection) {
        Map<String, String> subscriptionNames = connection.subscriptions().listSubscriptions().stream()
                .collect(Collectors.toMap(Subscription::subscriptionId, Subscription::displayName, (a, b) -> a));
        return connection.workspaces().listAll().stream()
                .map(Workspace::ref)
                .map(ref -> new WorkspaceChoice(ref, subscriptionNames.getOrDefault(ref.subscriptionId(),
                        ref.subscriptionId())))
                .sorted(WorkspaceChoice.ORDER)
                .toList();
    }
}

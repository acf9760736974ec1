package dev.computedesk.ui.compute;

import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.ui.common.ComputeFormKind;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.DialogService;
import dev.computedesk.ui.common.Navigator;
import dev.computedesk.ui.shell.Page;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Stand-ins for the page's collaborators: a scheduler fired by hand, scripted dialogs, a recording navigator. */
final class ComputeTestDoubles {
    private ComputeTestDoubles() {
    }

    /** Holds scheduled re-reads until the test fires them. */
    static final class ManualScheduler implements RefreshScheduler {
        final List<Duration> delays = new ArrayList<>();
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            delays.add(delay);
            pending.add(action);
            return () -> pending.remove(action);
        }

        boolean hasPending() {
            return !pending.isEmpty();
        }

        /** Runs what is due now (not what those runs schedule). */
        void fire() {
            List<Runnable> due = List.copyOf(pending);
            pending.clear();
            due.forEach(Runnable::run);
        }
    }

    /** Answers confirmations as told and remembers them. */
    static final class ScriptedDialogs implements DialogService {
        final List<Confirmation> asked = new ArrayList<>();
        boolean answer = true;

        @Override
        public boolean confirm(Confirmation confirmation) {
            asked.add(confirmation);
            return answer;
        }

        @Override
        public void inform(String title, String message) {
        }
    }

    /** Remembers what the page asked to open. */
    static final class RecordingNavigator implements Navigator {
        final List<ComputeFormKind> forms = new ArrayList<>();
        final List<String> retries = new ArrayList<>();
        final List<String> sshTargets = new ArrayList<>();

        @Override
        public void openCreateForm(ComputeFormKind kind) {
            forms.add(kind);
        }

        @Override
        public void openEditAndRetry(ComputeFormKind kind, String computeName, ComputeResource sentRequest) {
            retries.add(kind + ":" + computeName);
        }

        @Override
        public void openSshHelper(ComputeResource compute, AmlComputeNode node) {
            sshTargets.add(compute.name() + (node == null ? "" : "/" + node.nodeId()));
        }

        @Override
        public void showPage(Page page) {
        }
    }
}

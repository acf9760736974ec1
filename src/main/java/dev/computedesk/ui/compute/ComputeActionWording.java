package dev.computedesk.ui.compute;

import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeActions;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeStatus;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.Plural;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of the Compute page's row actions: what each confirmation asks and says will happen, operation titles
 * ("Stopping compute instance ci-a") and the nouns they use. Plain text, no state; every sentence is a bundle
 * pattern whose words follow the number of targets ({@code compute.code.action.*}).
 */
final class ComputeActionWording {

    private ComputeActionWording() {
    }

    /**
     * The question asked before Stop, Restart, Delete and Detach, in the number of its targets; it says what
     * happens, in plain words, and names the instances that are running jobs now.
     */
    static Confirmation confirmation(ComputeAction action, List<ComputeRow> targets) {
        ComputeRow first = targets.get(0);
        int count = targets.size();
        String header = Messages.get("compute.code.action.question", action.label(), count,
                noun(first.kind(), 1), first.name(), noun(first.kind(), count));
        List<String> names = targets.stream().map(ComputeRow::name).toList();
        String consequence = (jobsRunning(action, targets) + " " + consequence(action, targets)).strip();
        return new Confirmation(Messages.get("compute.code.action.dialogTitle", action.label(),
                noun(first.kind(), count)), header, consequence, names, action.label());
    }

    /** "ci-a has jobs running on it now." for the targets in JobRunning that the action interrupts; else "". */
    private static String jobsRunning(ComputeAction action, List<ComputeRow> targets) {
        if (action != ComputeAction.STOP && action != ComputeAction.RESTART && action != ComputeAction.DELETE) {
            return "";
        }
        List<String> busy = targets.stream()
                .filter(row -> row.status().map(ComputeStatus::instanceState).orElse(null)
                        == ComputeInstanceState.JOB_RUNNING)
                .map(ComputeRow::name).toList();
        return busy.isEmpty() ? "" : Messages.get("compute.code.action.jobsRunning", busy.size(), Plural.listed(busy));
    }

    /**
     * The question asked before "Stop all my running instances": it names every instance it stops and says that
     * other users' instances are left alone.
     */
    static Confirmation stopMineConfirmation(List<ComputeRow> mine) {
        String header = Messages.get("compute.code.action.stopMineQuestion", mine.size(), mine.get(0).name());
        String consequence = (jobsRunning(ComputeAction.STOP, mine) + " "
                + Messages.get("compute.code.action.stopMineConsequence", mine.size())).strip();
        return new Confirmation(Messages.get("compute.code.action.stopMineTitle"), header, consequence,
                mine.stream().map(ComputeRow::name).toList(),
                Messages.get("compute.code.action.stopMineButton", mine.size()));
    }

    /**
     * The question asked before "Edit and retry" removes the failed compute that still holds the name.
     *
     * @param removal {@link ComputeAction#DELETE} or {@link ComputeAction#DETACH}
     * @param noun    what the compute is ("compute instance")
     */
    static Confirmation editAndRetryConfirmation(ComputeAction removal, String noun, String name) {
        String verb = removal.label();
        return new Confirmation(Messages.get("compute.code.action.dialogTitle", verb, noun),
                Messages.get("compute.code.action.retryQuestion", verb, noun, name),
                Messages.get("compute.code.action.retryConsequence", name, verb), List.of(name),
                Messages.get("compute.code.action.retryButton", verb));
    }

    /** The operation's title: "Stopping compute instance ci-a". */
    static String title(ComputeAction action, ComputeRow row) {
        return Messages.get("compute.code.action.title", ongoing(action), noun(row.kind(), 1), row.name());
    }

    /** What the action does to {@code targets} (all of the first one's kind), in their number. */
    static String consequence(ComputeAction action, List<ComputeRow> targets) {
        ComputeRow first = targets.get(0);
        ComputeKind kind = first.kind().orElse(ComputeKind.VIRTUAL_MACHINE);
        int count = targets.size();
        switch (action) {
            case STOP:
                return Messages.get("compute.code.action.stopConsequence", count);
            case RESTART:
                return Messages.get("compute.code.action.restartConsequence", count);
            case DELETE:
                return deleteConsequence(kind, count);
            case DETACH:
                return detachConsequence(targets);
            default:
                return "";
        }
    }

    private static String deleteConsequence(ComputeKind kind, int count) {
        switch (kind) {
            case COMPUTE_INSTANCE:
                return Messages.get("compute.code.action.deleteInstances", count);
            case AML_COMPUTE:
                return Messages.get("compute.code.action.deleteClusters", count);
            case AKS:
                return Messages.get("compute.code.action.deleteAks", count);
            default:
                return Messages.get("compute.code.action.deleteOther", count);
        }
    }

    /**
     * What Detach keeps. It names Delete as the other choice only where Delete exists: a Kubernetes, attached or
     * attached AKS compute can only be detached, so mentioning Delete there would promise a button that is not there.
     */
    private static String detachConsequence(List<ComputeRow> targets) {
        int count = targets.size();
        Set<ComputeKind> kinds = targets.stream().map(row -> row.kind().orElse(ComputeKind.VIRTUAL_MACHINE))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComputeKind.class)));
        String keptKey = "compute.code.underlying." + (kinds.size() == 1 ? underlyingKey(kinds.iterator().next())
                : "other");
        String kept = Messages.get(keptKey, count);
        boolean deletable = targets.stream().allMatch(row -> row.status()
                .map(status -> ComputeActions.supported(status.kind(), status.attached()).contains(ComputeAction.DELETE))
                .orElse(false));
        return Messages.get("compute.code.action.detachConsequence", count, kept,
                deletable ? Messages.get("compute.code.action.detachOrDelete", count) : "");
    }

    /** The last part of the {@code compute.code.underlying.*} key naming what Detach keeps of {@code kind}. */
    private static String underlyingKey(ComputeKind kind) {
        switch (kind) {
            case AKS: return "aks";
            case KUBERNETES: return "kubernetes";
            case VIRTUAL_MACHINE: return "virtualMachine";
            case HDINSIGHT: return "hdinsight";
            case DATABRICKS: return "databricks";
            case DATA_LAKE_ANALYTICS: return "dataLakeAnalytics";
            case SYNAPSE_SPARK: return "synapseSpark";
            case DATA_FACTORY: return "dataFactory";
            default: return "other";
        }
    }

    /** "Starting", "Stopping", … as operation titles begin. */
    static String ongoing(ComputeAction action) {
        switch (action) {
            case START: return Messages.get("compute.code.action.starting");
            case STOP: return Messages.get("compute.code.action.stopping");
            case RESTART: return Messages.get("compute.code.action.restarting");
            case DELETE: return Messages.get("compute.code.action.deleting");
            case DETACH: return Messages.get("compute.code.action.detaching");
            default: return action.label();
        }
    }

    /** "compute instance" / "compute instances", "Kubernetes cluster" …; "compute" when the kind is unknown. */
    static String noun(Optional<ComputeKind> kind, int count) {
        String which = kind.map(k -> {
            switch (k) {
                case COMPUTE_INSTANCE: return "instance";
                case AML_COMPUTE: return "cluster";
                case AKS: return "inference";
                case KUBERNETES: return "kubernetes";
                default: return "attached";
            }
        }).orElse("compute");
        String key = "compute.code.noun." + which;
        return Messages.get(key, count);
    }
}

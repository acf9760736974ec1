package dev.computedesk.ui.compute;

import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeActions;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ComputeStatus;
import dev.computedesk.ui.common.Confirmation;
import dev.computedesk.ui.common.Plural;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of the Compute page's row actions: what each confirmation asks and says will happen, operation titles
 * ("Stopping compute instance ci-a") and the nouns they use. Plain text, no state.
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
        String header = Plural.format("{0} {1,choice,1#{2} {3}|1<{1} {4}}?", action.label(), count,
                noun(first, 1), first.name(), noun(first, count));
        List<String> names = targets.stream().map(ComputeRow::name).toList();
        String consequence = (jobsRunning(action, targets) + " " + consequence(action, targets)).strip();
        return new Confirmation(action.label() + " " + noun(first, count), header, consequence, names,
                action.label());
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
        return busy.isEmpty() ? "" : Plural.format("{0,choice,1#{1} has|1<{1} have} jobs running on "
                + "{0,choice,1#it|1<them} now.", busy.size(), Plural.listed(busy));
    }

    /**
     * The question asked before "Stop all my running instances": it names every instance it stops and says that
     * other users' instances are left alone.
     */
    static Confirmation stopMineConfirmation(List<ComputeRow> mine) {
        String header = Plural.format("Stop your {0,choice,1#running compute instance {1}|1<{0} running compute "
                + "instances}?", mine.size(), mine.get(0).name());
        String consequence = (jobsRunning(ComputeAction.STOP, mine) + " " + Plural.format("{0,choice,1#This is the "
                + "instance|1<These are the instances} you can use: created by you and not assigned to someone else, "
                + "or assigned to you. Stopping ends the jobs, notebooks and terminals running on "
                + "{0,choice,1#it and stops billing for its virtual machine; its disk|1<them and stops billing for "
                + "their virtual machines; their disks} and your files are kept. Instances of other users keep "
                + "running.", mine.size())).strip();
        return new Confirmation("Stop my running instances", header, consequence,
                mine.stream().map(ComputeRow::name).toList(), Plural.format("{0,choice,1#Stop|1<Stop {0}}", mine.size()));
    }

    /**
     * The question asked before "Edit and retry" removes the failed compute that still holds the name.
     *
     * @param removal {@link ComputeAction#DELETE} or {@link ComputeAction#DETACH}
     * @param noun    what the compute is ("compute instance")
     */
    static Confirmation editAndRetryConfirmation(ComputeAction removal, String noun, String name) {
        String verb = removal.label();
        return new Confirmation(verb + " " + noun, verb + " the failed " + noun + " " + name
                + " and edit the request?", name + " failed to provision and still holds its name. " + verb
                + " removes it so the form can create it again with the values that were sent (secrets must be "
                + "typed again).", List.of(name), verb + " and edit");
    }

    /** The operation's title: "Stopping compute instance ci-a". */
    static String title(ComputeAction action, ComputeRow row) {
        return ongoing(action) + " " + noun(row, 1) + " " + row.name();
    }

    /** What the action does to {@code targets} (all of the first one's kind), in their number. */
    static String consequence(ComputeAction action, List<ComputeRow> targets) {
        ComputeRow first = targets.get(0);
        ComputeKind kind = first.kind().orElse(ComputeKind.VIRTUAL_MACHINE);
        int count = targets.size();
        switch (action) {
            case STOP:
                return Plural.format("Stopping ends the jobs, notebooks and terminals running on "
                        + "{0,choice,1#it|1<them} and stops billing for {0,choice,1#its virtual machine|1<their virtual "
                        + "machines}. {0,choice,1#Its disk|1<Their disks} and your files are kept; you can start "
                        + "{0,choice,1#it|1<them} again later.", count);
            case RESTART:
                return Plural.format("Restarting ends the jobs, notebooks and terminals running on "
                        + "{0,choice,1#it; it is|1<them; they are} unavailable for a few minutes. "
                        + "{0,choice,1#Its disk|1<Their disks} and your files are kept.", count);
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
                return Plural.format("Delete removes {0,choice,1#the compute instance and its local disk|1<the "
                        + "{0} compute instances and their local disks}; files in the workspace storage are kept. "
                        + "This cannot be undone.", count);
            case AML_COMPUTE:
                return Plural.format("Delete removes {0,choice,1#the cluster and its nodes; jobs running on it "
                        + "fail|1<the {0} clusters and their nodes; jobs running on them fail}. This cannot be undone.",
                        count);
            case AKS:
                return Plural.format("Delete removes {0,choice,1#the AKS cluster|1<the {0} AKS clusters} from Azure "
                        + "as well, with the services deployed on {0,choice,1#it|1<them}; Detach would keep "
                        + "{0,choice,1#it|1<them}. This cannot be undone.", count);
            default:
                return Plural.format("Delete removes {0,choice,1#the compute and its underlying resource|1<the {0} "
                        + "computes and their underlying resources}. This cannot be undone.", count);
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
        String kept = kinds.size() == 1 ? underlyingNoun(kinds.iterator().next(), count)
                : "underlying resources";
        boolean deletable = targets.stream().allMatch(row -> row.status()
                .map(status -> ComputeActions.supported(status.kind(), status.attached()).contains(ComputeAction.DELETE))
                .orElse(false));
        return Plural.format("Detach removes {0,choice,1#it|1<them} from this workspace and keeps the {1} in Azure"
                + "{2}. Jobs and deployments that use {0,choice,1#it|1<them} stop working.", count, kept,
                deletable ? Plural.format("; Delete would remove {0,choice,1#it|1<them}", count) : "");
    }

    private static String underlyingNoun(ComputeKind kind, int count) {
        String singular;
        String plural;
        switch (kind) {
            case AKS: singular = "AKS cluster"; plural = "AKS clusters"; break;
            case KUBERNETES: singular = "Kubernetes cluster"; plural = "Kubernetes clusters"; break;
            case VIRTUAL_MACHINE: singular = "virtual machine"; plural = "virtual machines"; break;
            case HDINSIGHT: singular = "HDInsight cluster"; plural = "HDInsight clusters"; break;
            case DATABRICKS: singular = "Databricks workspace"; plural = "Databricks workspaces"; break;
            case DATA_LAKE_ANALYTICS:
                singular = "Data Lake Analytics account"; plural = "Data Lake Analytics accounts"; break;
            case SYNAPSE_SPARK: singular = "Synapse Spark pool"; plural = "Synapse Spark pools"; break;
            case DATA_FACTORY: singular = "data factory"; plural = "data factories"; break;
            default: singular = "underlying resource"; plural = "underlying resources"; break;
        }
        return count == 1 ? singular : plural;
    }

    /** "Starting", "Stopping", … as operation titles begin. */
    static String ongoing(ComputeAction action) {
        switch (action) {
            case START: return "Starting";
            case STOP: return "Stopping";
            case RESTART: return "Restarting";
            case DELETE: return "Deleting";
            case DETACH: return "Detaching";
            default: return action.label();
        }
    }

    /** "compute instance" / "compute instances", "Kubernetes cluster" … */
    static String noun(ComputeRow row, int count) {
        String singular = row.kind().map(kind -> {
            switch (kind) {
                case COMPUTE_INSTANCE: return "compute instance";
                case AML_COMPUTE: return "compute cluster";
                case AKS: return "inference cluster";
                case KUBERNETES: return "Kubernetes cluster";
                default: return "attached compute";
            }
        }).orElse("compute");
        return count == 1 ? singular : singular + "s";
    }
}

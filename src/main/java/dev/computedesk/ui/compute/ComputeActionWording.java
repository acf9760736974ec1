package dev.computedesk.ui.compute;

import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.ui.common.Confirmation;

import java.util.List;

/**
 * The words of the Compute page's row actions: what each confirmation asks and says will happen, operation titles
 * ("Stopping compute instance ci-a") and the nouns they use. Plain text, no state.
 */
final class ComputeActionWording {

    private ComputeActionWording() {
    }

    /** The question asked before Stop, Restart, Delete and Detach; it says what happens, in plain words. */
    static Confirmation confirmation(ComputeAction action, List<ComputeRow> targets) {
        ComputeRow first = targets.get(0);
        String nouns = noun(first, targets.size());
        String header = targets.size() == 1 ? action.label() + " " + nouns + " " + first.name() + "?"
                : action.label() + " " + targets.size() + " " + nouns + "?";
        List<String> names = targets.stream().map(ComputeRow::name).toList();
        return new Confirmation(action.label() + " " + nouns, header, consequence(action, first), names,
                action.label());
    }

    /**
     * The question asked before "Stop all my running instances": it names every instance it stops and says that
     * other users' instances are left alone.
     */
    static Confirmation stopMineConfirmation(List<ComputeRow> mine) {
        String header = mine.size() == 1 ? "Stop your running compute instance " + mine.get(0).name() + "?"
                : "Stop your " + mine.size() + " running compute instances?";
        String consequence = "These are the instances you can use: created by you and not assigned to someone "
                + "else, or assigned to you. Stopping ends the jobs, notebooks and terminals running on them and "
                + "stops billing for their virtual machines; their disks and your files are kept. Instances of other "
                + "users keep running.";
        return new Confirmation("Stop my running instances", header, consequence,
                mine.stream().map(ComputeRow::name).toList(), mine.size() == 1 ? "Stop" : "Stop " + mine.size());
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

    static String consequence(ComputeAction action, ComputeRow row) {
        ComputeKind kind = row.kind().orElse(ComputeKind.VIRTUAL_MACHINE);
        switch (action) {
            case STOP:
                return "Stopping ends the jobs, notebooks and terminals running on it and stops billing for its "
                        + "virtual machine. Its disk and your files are kept; you can start it again later.";
            case RESTART:
                return "Restarting ends the jobs, notebooks and terminals running on it; it is unavailable for a "
                        + "few minutes. Its disk and your files are kept.";
            case DELETE:
                switch (kind) {
                    case COMPUTE_INSTANCE:
                        return "Delete removes the compute instance and its local disk; files in the workspace "
                                + "storage are kept. This cannot be undone.";
                    case AML_COMPUTE:
                        return "Delete removes the cluster and its nodes; jobs running on it fail. This cannot "
                                + "be undone.";
                    case AKS:
                        return "Delete removes the AKS cluster from Azure as well, with the services deployed on "
                                + "it; Detach would keep it. This cannot be undone.";
                    default:
                        return "Delete removes the compute and its underlying resource. This cannot be undone.";
                }
            case DETACH:
                return "Detach removes it from this workspace and keeps the " + underlyingNoun(kind)
                        + " in Azure; Delete would remove it. Jobs and deployments that use it stop working.";
            default:
                return "";
        }
    }

    private static String underlyingNoun(ComputeKind kind) {
        switch (kind) {
            case AKS: return "AKS cluster";
            case KUBERNETES: return "Kubernetes cluster";
            case VIRTUAL_MACHINE: return "virtual machine";
            case HDINSIGHT: return "HDInsight cluster";
            case DATABRICKS: return "Databricks workspace";
            case DATA_LAKE_ANALYTICS: return "Data Lake Analytics account";
            case SYNAPSE_SPARK: return "Synapse Spark pool";
            case DATA_FACTORY: return "data factory";
            default: return "underlying resource";
        }
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

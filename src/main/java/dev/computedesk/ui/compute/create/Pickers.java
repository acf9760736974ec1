package dev.computedesk.ui.compute.create;

import dev.computedesk.azure.ResourcePickerClient;
import dev.computedesk.azure.model.Subnet;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.azure.model.VirtualNetwork;
import dev.computedesk.ui.common.BackgroundTask;
import dev.computedesk.ui.common.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Loads what a form's pickers list (subnets, identities, clusters, …) in the background. */
final class Pickers {
    private Pickers() {
    }

    /** Fills {@code target} with what {@code load} returns; failures leave the list empty (the field explains). */
    static <T> void load(TaskExecutor executor, String title, String subscriptionId,
                         Function<String, List<T>> load, ObservableList<T> target, Runnable whenLoaded) {
        executor.submit(BackgroundTask.titled(title, subscriptionId, cancellation -> load.apply(subscriptionId))
                .onSuccess(items -> {
                    target.setAll(items);
                    whenLoaded.run();
                }));
    }

    static List<SubnetChoice> subnets(ResourcePickerClient pickers, String subscriptionId) {
        List<SubnetChoice> choices = new ArrayList<>();
        for (VirtualNetwork vnet : pickers.listVirtualNetworks(subscriptionId)) {
            if (vnet.subnets() == null) {
                continue;
            }
            for (Subnet subnet : vnet.subnets()) {
                choices.add(new SubnetChoice(vnet.resourceGroup(), vnet.name(), subnet.name(), subnet.id()));
            }
        }
        return choices;
    }

    static ObservableList<UserAssignedIdentity> identities() {
        return FXCollections.observableArrayList();
    }
}

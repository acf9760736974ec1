package dev.computedesk.ui.common.form;

import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.domain.text.Messages;
import javafx.util.StringConverter;

import java.util.function.Function;

/** How the forms name the resources they list, and the one-way converter that shows them in combo boxes. */
public final class Labels {
    private Labels() {
    }

    /** A converter that shows {@code label.apply(item)} and never parses (the combos are not editable). */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * A text choice as the chosen language shows it: the bundle's {@code common.code.choice.<its letters and
     * digits>} when there is one ("System-assigned": {@code common.code.choice.Systemassigned}), else the text itself.
     * Lets a list keep stable English values (what the view-model compares) while the user reads a translation.
     */
    public static String choice(String text) {
        String key = "common.code.choice." + text.replaceAll("[^A-Za-z0-9]", "");
        return Messages.has(key) ? Messages.get(key) : text;
    }

    /** "Demo subscription (00000000-…)". */
    public static String subscription(Subscription subscription) {
        return subscription.displayName() + " (" + subscription.subscriptionId() + ")";
    }

    /** "syn-demo-owner (rg-synapse)". */
    public static String synapseWorkspace(SynapseWorkspace workspace) {
        return workspace.name() + " (" + ArmId.parse(workspace.id()).resourceGroup() + ")";
    }

    /** "uai-synapse (rg-computedesk-demo)". */
    public static String identity(UserAssignedIdentity identity) {
        return identity.name() + (identity.resourceGroup() == null ? "" : " (" + identity.resourceGroup() + ")");
    }
}

package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;

import java.util.List;

/**
 * A question asked before an action that cannot be undone.
 *
 * @param title        the window title ("Delete compute")
 * @param header       the question ("Delete 2 compute instances?")
 * @param consequence  what happens, in plain words ("Detach keeps the virtual machine; Delete removes it.")
 * @param targets      the names of what the action touches, listed in the dialog
 * @param confirmLabel the confirming button's text; it starts with the action ("Delete", "Detach")
 * @param cancelLabel  the other button's text, the default one ("Cancel", "Keep editing")
 */
public record Confirmation(String title, String header, String consequence, List<String> targets,
                           String confirmLabel, String cancelLabel) {
    public Confirmation {
        targets = List.copyOf(targets);
    }

    /** A question whose other button is Cancel. */
    public Confirmation(String title, String header, String consequence, List<String> targets, String confirmLabel) {
        this(title, header, consequence, targets, confirmLabel, Messages.get("common.code.cancel"));
    }
}

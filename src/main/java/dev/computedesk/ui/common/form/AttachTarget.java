package dev.computedesk.ui.common.form;

/**
 * A resource an attach form can attach, as its picker lists it, with the facts that decide whether it can be.
 *
 * @param id            its ARM id
 * @param name          its name
 * @param resourceGroup its resource group
 * @param facts         what the user should know ("Ubuntu 20.04 · public IP 20.1.2.3"), or empty
 * @param problem       why it cannot be attached ("Only Ubuntu VMs can be attached"), or empty
 */
public record AttachTarget(String id, String name, String resourceGroup, String facts, String problem) {
    @Override
    public String toString() {
        return name + " (" + resourceGroup + ")";
    }
}

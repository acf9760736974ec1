package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.domain.time.TimeFormat;

import java.util.Objects;

/**
 * One row of {@code #linkedServicesTable}: what the user reads about a linked service.
 *
 * @param name                 the link's name
 * @param synapseWorkspace     the linked Synapse workspace's name
 * @param synapseWorkspaceId   its ARM id
 * @param resourceGroup        the Synapse workspace's resource group
 * @param linkType             {@code Synapse}
 * @param created              when the link was made, in the user's zone and locale, or empty
 * @param principalId          the object id of the link's system-assigned managed identity, or empty
 */
public record LinkedServiceRow(String name, String synapseWorkspace, String synapseWorkspaceId, String resourceGroup,
                               String linkType, String created, String principalId) {

    /** The row of a linked service as ARM returns it, its time in the machine's zone and locale. */
    public static LinkedServiceRow of(LinkedService link) {
        return of(link, TimeFormat.system());
    }

    /** The row of a linked service as ARM returns it, its time through {@code time} (the user's zone and locale). */
    public static LinkedServiceRow of(LinkedService link, TimeFormat time) {
        String target = link.properties() == null ? null : link.properties().linkedServiceResourceId();
        ArmId id = ArmId.parse(target);
        String created = link.properties() == null || link.properties().createdTime() == null
                ? "" : time.dateTime(link.properties().createdTime());
        String type = link.properties() == null ? "" : Objects.toString(link.properties().linkType(), "");
        String principal = link.identity() == null ? "" : Objects.toString(link.identity().principalId(), "");
        return new LinkedServiceRow(link.name(), Objects.toString(id.name(), ""), Objects.toString(target, ""),
                Objects.toString(id.resourceGroup(), ""), type, created, principal);
    }
}

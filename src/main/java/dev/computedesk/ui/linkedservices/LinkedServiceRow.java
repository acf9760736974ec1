package dev.computedesk.ui.linkedservices;

import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.LinkedService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One row of {@code #linkedServicesTable}: what the user reads about a linked service.
 *
 * @param name                 the link's name
 * @param synapseWorkspace     the linked Synapse workspace's name
 * @param synapseWorkspaceId   its ARM id
 * @param resourceGroup        the Synapse workspace's resource group
 * @param linkType             {@code Synapse}
 * @param created              when the link was made, local time, or empty
 * @param principalId          the object id of the link's system-assigned managed identity, or empty
 */
public record LinkedServiceRow(String name, String synapseWorkspace, String synapseWorkspaceId, String resourceGroup,
                               String linkType, String created, String principalId) {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** The row of a linked service as ARM returns it. */
    public static LinkedServiceRow of(LinkedService link) {
        String target = link.properties() == null ? null : link.properties().linkedServiceResourceId();
        ArmId id = ArmId.parse(target);
        String created = link.properties() == null || link.properties().createdTime() == null
                ? "" : CREATED.format(link.properties().createdTime());
        String type = link.properties() == null ? "" : Objects.toString(link.properties().linkType(), "");
        String principal = link.identity() == null ? "" : Objects.toString(link.identity().principalId(), "");
        return new LinkedServiceRow(link.name(), Objects.toString(id.name(), ""), Objects.toString(target, ""),
                Objects.toString(id.resourceGroup(), ""), type, created, principal);
    }
}

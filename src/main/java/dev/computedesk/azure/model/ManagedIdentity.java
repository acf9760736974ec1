package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * ARM {@code ManagedServiceIdentity}.
 *
 * @param type                   {@code None}, {@code SystemAssigned}, {@code UserAssigned} or
 *                               {@code SystemAssigned,UserAssigned}
 * @param principalId            system-assigned principal (read-only)
 * @param tenantId               tenant of the system-assigned principal (read-only)
 * @param userAssignedIdentities user-assigned identity ARM ids to their ids
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManagedIdentity(String type, String principalId, String tenantId,
                              Map<String, UserAssignedIdentityRef> userAssignedIdentities) {
    /** A system-assigned identity request. */
    public static ManagedIdentity systemAssigned() {
        return new ManagedIdentity("SystemAssigned", null, null, null);
    }

    /** A user-assigned identity request naming the identities' ARM ids. */
    public static ManagedIdentity userAssigned(java.util.Collection<String> identityIds) {
        Map<String, UserAssignedIdentityRef> map = new java.util.LinkedHashMap<>();
        identityIds.forEach(id -> map.put(id, UserAssignedIdentityRef.empty()));
        return new ManagedIdentity("UserAssigned", null, null, map);
    }
}

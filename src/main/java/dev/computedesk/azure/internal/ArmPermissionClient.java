package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.PermissionClient;
import dev.computedesk.azure.Principal;
import dev.computedesk.azure.model.PermissionCheck;
import dev.computedesk.azure.model.RoleAssignment;
import java.util.List;
import java.util.Locale;

/** {@link PermissionClient}: role assignments {@code assignedTo('{oid}')} compared with the built-in role ids. */
final class ArmPermissionClient implements PermissionClient {
    private final ArmHttp http;
    private final Principal principal;

    ArmPermissionClient(ArmHttp http, Principal principal) {
        this.http = http;
        this.principal = principal;
    }

    @Override
    public PermissionCheck checkOwnerOrContributor(String scope) {
        String path = (scope.startsWith("/") ? scope : "/" + scope) + "/providers/Microsoft.Authorization/roleAssignments";
        String url = http.url(path, ApiVersions.AUTHORIZATION, "$filter", "assignedTo('" + principal.objectId() + "')");
        List<RoleAssignment> assignments = http.listAll(HttpMethod.GET, url, "value", (JsonNode n) -> {
            JsonNode p = n.path("properties");
            return new RoleAssignment(n.path("id").asText(null), p.path("scope").asText(null),
                    p.path("roleDefinitionId").asText(null), p.path("principalId").asText(null),
                    p.path("principalType").asText(null));
        });
        boolean owner = false;
        boolean contributor = false;
        for (RoleAssignment a : assignments) {
            String role = a.roleDefinitionId() == null ? "" : a.roleDefinitionId().toLowerCase(Locale.ROOT);
            owner |= role.endsWith(PermissionCheck.OWNER_ROLE_ID);
            contributor |= role.endsWith(PermissionCheck.CONTRIBUTOR_ROLE_ID);
        }
        return new PermissionCheck(scope, principal.objectId(), owner, contributor, assignments);
    }
}

package dev.computedesk.azure.internal;

import com.azure.core.util.Context;
import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import dev.computedesk.azure.PermissionClient;
import dev.computedesk.azure.Principal;
import dev.computedesk.azure.model.ArmId;
import dev.computedesk.azure.model.PermissionCheck;
import dev.computedesk.azure.model.RoleAssignment;
import java.util.List;
import java.util.Locale;

/**
 * {@link PermissionClient}: the role assignments at the scope with {@code $filter=assignedTo('{oid}')} (group
 * membership and inherited scopes included), read through the SDK's {@code AuthorizationManager}, compared with
 * the built-in role ids.
 */
final class ArmPermissionClient implements PermissionClient {
    private final SdkManagers sdk;
    private final Principal principal;

    ArmPermissionClient(SdkManagers sdk, Principal principal) {
        this.sdk = sdk;
        this.principal = principal;
    }

    @Override
    public PermissionCheck checkOwnerOrContributor(String scope) {
        // The SDK's path is "/{scope}/providers/...": the scope goes in without its leading '/'.
        String relative = scope.startsWith("/") ? scope.substring(1) : scope;
        String filter = "assignedTo('" + principal.objectId() + "')";
        List<RoleAssignment> assignments = sdk.call(() -> sdk.authorization(ArmId.parse(scope).subscriptionId())
                .roleServiceClient().getRoleAssignments().listForScope(relative, filter, null, null, Context.NONE)
                .stream().map(ArmPermissionClient::assignment).toList());
        boolean owner = false;
        boolean contributor = false;
        for (RoleAssignment a : assignments) {
            String role = a.roleDefinitionId() == null ? "" : a.roleDefinitionId().toLowerCase(Locale.ROOT);
            owner |= role.endsWith(PermissionCheck.OWNER_ROLE_ID);
            contributor |= role.endsWith(PermissionCheck.CONTRIBUTOR_ROLE_ID);
        }
        return new PermissionCheck(scope, principal.objectId(), owner, contributor, assignments);
    }

    private static RoleAssignment assignment(RoleAssignmentInner a) {
        return new RoleAssignment(a.id(), a.scope(), a.roleDefinitionId(), a.principalId(),
                a.principalType() == null ? null : a.principalType().toString());
    }
}

package dev.computedesk.azure;

import dev.computedesk.azure.model.PermissionCheck;

/** Role pre-flight for the signed-in principal. Blocking. */
public interface PermissionClient {

    /**
     * Lists role assignments at {@code scope} with {@code $filter=assignedTo('{oid}')} (group membership and
     * inherited scopes included) and reports whether Owner or Contributor is among them.
     */
    PermissionCheck checkOwnerOrContributor(String scope);
}

package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Result of the role pre-flight: does the principal hold Owner or Contributor on the scope? */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PermissionCheck(String scope, String principalObjectId, boolean owner, boolean contributor, List<RoleAssignment> assignments) {

    /** Owner role definition GUID. */
    public static final String OWNER_ROLE_ID = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    /** Contributor role definition GUID. */
    public static final String CONTRIBUTOR_ROLE_ID = "b24988ac-6180-42a0-ab88-20f7382dd24c";

    /** True when Owner or Contributor is held (directly, by group, or inherited). */
    public boolean canWrite() {
        return owner || contributor;
    }
}

package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which instances "Stop all my running instances" stops: docs/decisions.md's "Instances I can use" (created by me and
 * not assigned to someone else, or assigned to me) whose state is Running or JobRunning.
 */
class MyRunningInstancesTest {
    private static final ObjectMapper M = ArmJson.mapper();
    private static final String ME = "3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9";
    private static final Principal ME_USER = new Principal(ME, "t", "Dana Demo");
    private static final String OTHER = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private static ComputeResource instance(String state, String createdBy, String assignedTo) throws Exception {
        String assigned = assignedTo == null ? "" : ",\"personalComputeInstanceSettings\":{\"assignedUser\":"
                + "{\"objectId\":\"" + assignedTo + "\",\"tenantId\":\"t\"}}";
        return M.readValue("{\"name\":\"ci\",\"properties\":{\"computeType\":\"ComputeInstance\","
                + "\"provisioningState\":\"Succeeded\",\"properties\":{\"state\":\"" + state + "\","
                + "\"createdBy\":{\"userId\":\"" + createdBy + "\",\"userName\":\"x\"}" + assigned + "}}}",
                ComputeResource.class);
    }

    @Test
    void createdByMeAndUnassignedIsMine() throws Exception {
        assertThat(MyRunningInstances.isMineAndRunning(instance("Running", ME, null), ME_USER)).isTrue();
        assertThat(MyRunningInstances.isMineAndRunning(instance("JobRunning", ME, null), ME_USER)).isTrue();
    }

    @Test
    void assignedToMeIsMineWhoeverCreatedIt() throws Exception {
        assertThat(MyRunningInstances.isMineAndRunning(instance("Running", OTHER, ME), ME_USER)).isTrue();
        assertThat(MyRunningInstances.isMineAndRunning(instance("Running", ME, ME), ME_USER)).isTrue();
    }

    @Test
    void createdByMeButAssignedToAnotherIsNotMine() throws Exception {
        assertThat(MyRunningInstances.isMineAndRunning(instance("Running", ME, OTHER), ME_USER)).isFalse();
    }

    @Test
    void anotherUsersInstanceIsNotMine() throws Exception {
        assertThat(MyRunningInstances.isMineAndRunning(instance("Running", OTHER, null), ME_USER)).isFalse();
        assertThat(MyRunningInstances.isMineAndRunning(instance("Running", OTHER, OTHER), ME_USER)).isFalse();
    }

    @Test
    void onlyRunningAndJobRunningCount() throws Exception {
        for (String state : new String[] {"Stopped", "Stopping", "Starting", "Restarting", "Creating", "Failed",
                "CreateFailed", "Unusable"}) {
            assertThat(MyRunningInstances.isMineAndRunning(instance(state, ME, null), ME_USER)).as(state).isFalse();
        }
    }

    @Test
    void nobodyIsMeBeforeTheSignedInUserIsKnown() throws Exception {
        assertThat(MyRunningInstances.isMineAndRunning(instance("Running", ME, null), null)).isFalse();
    }

    @Test
    void aClusterIsNeverAnInstanceOfMine() throws Exception {
        ComputeResource cluster = M.readValue("{\"name\":\"cpu\",\"properties\":{\"computeType\":\"AmlCompute\","
                + "\"provisioningState\":\"Succeeded\",\"properties\":{\"allocationState\":\"Steady\"}}}",
                ComputeResource.class);
        assertThat(MyRunningInstances.isMineAndRunning(cluster, ME_USER)).isFalse();
    }
}

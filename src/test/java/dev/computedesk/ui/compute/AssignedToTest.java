package dev.computedesk.ui.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import org.junit.jupiter.api.Test;

/** "Assigned to" names people as "Created by" does, wherever ARM sends a name; no directory lookup. */
class AssignedToTest {
    private static final ObjectMapper M = ArmJson.mapper();
    private static final String ME = "oid-dana";
    private static final String SAM = "oid-sam";

    private static ComputeResource instance(String creatorId, String creatorName, String assignee) throws Exception {
        return M.readValue("{\"name\":\"ci\",\"properties\":{\"computeType\":\"ComputeInstance\",\"properties\":{"
                + "\"createdBy\":{\"userId\":\"" + creatorId + "\",\"userName\":\"" + creatorName + "\"}"
                + (assignee == null ? "" : ",\"personalComputeInstanceSettings\":{\"assignedUser\":{\"objectId\":\""
                + assignee + "\",\"tenantId\":\"t\"}}") + "}}}", ComputeResource.class);
    }

    @Test
    void theCreatorIsNamedAsCreatedByNamesThem() throws Exception {
        assertThat(ComputeColumn.assignedTo(instance(ME, "Dana Demo", null), ME)).isEqualTo("Dana Demo (me)");
        assertThat(ComputeColumn.assignedTo(instance(ME, "Dana Demo", ME), ME)).isEqualTo("Dana Demo (me)")
                .isEqualTo(ComputeColumn.createdBy(instance(ME, "Dana Demo", ME), ME));
        assertThat(ComputeColumn.assignedTo(instance(SAM, "Sam Rivera", SAM), ME)).isEqualTo("Sam Rivera");
    }

    @Test
    void anAssigneeArmSendsOnlyAnIdForIsMeOrTheirId() throws Exception {
        assertThat(ComputeColumn.assignedTo(instance(SAM, "Sam Rivera", ME), ME)).isEqualTo("Me");
        assertThat(ComputeColumn.assignedTo(instance(ME, "Dana Demo", "oid-lee"), ME)).isEqualTo("oid-lee");
    }
}

package dev.computedesk.ui.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.Principal;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import org.junit.jupiter.api.Test;

/**
 * "Assigned to" names people as "Created by" does: me as "Dana Demo (me)" whoever assigned the instance, others by the
 * name ARM sends, else their id; no directory lookup.
 */
class AssignedToTest {
    private static final ObjectMapper M = ArmJson.mapper();
    private static final String ME = "oid-dana";
    private static final String SAM = "oid-sam";
    private static final Principal DANA = new Principal(ME, "t", "Dana Demo");

    private static ComputeResource instance(String creatorId, String creatorName, String assignee) throws Exception {
        return M.readValue("{\"name\":\"ci\",\"properties\":{\"computeType\":\"ComputeInstance\",\"properties\":{"
                + "\"createdBy\":{\"userId\":\"" + creatorId + "\",\"userName\":\"" + creatorName + "\"}"
                + (assignee == null ? "" : ",\"personalComputeInstanceSettings\":{\"assignedUser\":{\"objectId\":\""
                + assignee + "\",\"tenantId\":\"t\"}}") + "}}}", ComputeResource.class);
    }

    @Test
    void theCreatorIsNamedAsCreatedByNamesThem() throws Exception {
        assertThat(ComputeColumn.assignedTo(instance(ME, "Dana Demo", null), DANA)).isEqualTo("Dana Demo (me)");
        assertThat(ComputeColumn.assignedTo(instance(ME, "Dana Demo", ME), DANA)).isEqualTo("Dana Demo (me)")
                .isEqualTo(ComputeColumn.createdBy(instance(ME, "Dana Demo", ME), DANA));
        assertThat(ComputeColumn.assignedTo(instance(SAM, "Sam Rivera", SAM), DANA)).isEqualTo("Sam Rivera");
    }

    @Test
    void anInstanceSomeoneElseAssignedToMeReadsAsMyNameWithMe() throws Exception {
        assertThat(ComputeColumn.assignedTo(instance(SAM, "Sam Rivera", ME), DANA)).isEqualTo("Dana Demo (me)");
        assertThat(ComputeColumn.createdBy(instance(SAM, "Sam Rivera", ME), DANA)).isEqualTo("Sam Rivera");
    }

    @Test
    void myNameComesFromTheTokenAndArmsNameStandsInWhenTheTokenHasNone() throws Exception {
        Principal unnamed = new Principal(ME, "t", null);
        assertThat(ComputeColumn.createdBy(instance(ME, "Dana Demo", null), unnamed)).isEqualTo("Dana Demo (me)");
        assertThat(ComputeColumn.assignedTo(instance(SAM, "Sam Rivera", ME), unnamed)).isEqualTo("Me");
    }

    @Test
    void anotherAssigneeArmNamesOnlyByIdIsTheirId() throws Exception {
        assertThat(ComputeColumn.assignedTo(instance(ME, "Dana Demo", "oid-lee"), DANA)).isEqualTo("oid-lee");
        assertThat(ComputeColumn.assignedTo(instance(SAM, "Sam Rivera", SAM), null)).as("before sign-in")
                .isEqualTo("Sam Rivera");
    }
}

package dev.computedesk.ui.linkedservices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.domain.time.TimeFormat;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A linked service's creation time is shown in the user's zone, whatever offset and precision ARM sent. */
class LinkedServiceRowTest {

    private static LinkedService link(String createdTime) throws Exception {
        return ArmJson.mapper().readValue("{\"name\":\"link1\",\"properties\":{\"linkedServiceResourceId\":"
                + "\"/subscriptions/s/resourceGroups/rg-syn/providers/Microsoft.Synapse/workspaces/syn1\","
                + "\"linkType\":\"Synapse\",\"createdTime\":" + createdTime + ",\"unknownField\":{\"x\":1}},"
                + "\"identity\":null}", LinkedService.class);
    }

    @Test
    void createdIsInTheUsersZone() throws Exception {
        LinkedService link = link("\"2020-09-18T01:02:03.1234567+08:00\"");
        assertThat(LinkedServiceRow.of(link, new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US)).created())
                .isEqualTo("Sep 18, 2020, 2:02 AM");
        assertThat(LinkedServiceRow.of(link, new TimeFormat(ZoneId.of("America/Los_Angeles"), Locale.US)).created())
                .isEqualTo("Sep 17, 2020, 10:02 AM");
    }

    @Test
    void absentValuesAreEmptyNeverNull() throws Exception {
        LinkedServiceRow row = LinkedServiceRow.of(link("null"), new TimeFormat(ZoneId.of("UTC"), Locale.US));
        assertThat(row.created()).isEmpty();
        assertThat(row.principalId()).isEmpty();
        assertThat(row.synapseWorkspace()).isEqualTo("syn1");
        assertThat(row.resourceGroup()).isEqualTo("rg-syn");
    }
}

package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.time.TimeFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The details pane's text, field by field: states, nulls left out (never the word "null"), times in the user's
 * zone, sizes, node counts, schedules in words and errors.
 */
class ComputeDetailsFormatterTest {
    private static final ObjectMapper M = ArmJson.mapper();
    private static final TimeFormat SEOUL = new TimeFormat(ZoneId.of("Asia/Seoul"), Locale.US);
    private static final TimeFormat LOS_ANGELES = new TimeFormat(ZoneId.of("America/Los_Angeles"), Locale.US);
    /** Wednesday 2024-07-24 09:00 UTC. */
    private static final Instant NOW = Instant.parse("2024-07-24T09:00:00Z");
    private static final Principal ME = new Principal("me-oid", "t", "Ada");

    private static final String INSTANCE = """
            {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/computes/ci-a",
             "name": "ci-a", "location": "westus2", "tags": {"team": "ml", "owner": null},
             "identity": {"type": "SystemAssigned", "principalId": "p-1"},
             "properties": {"computeType": "ComputeInstance", "provisioningState": "Succeeded",
               "computeLocation": "koreacentral", "description": null,
               "createdOn": "2024-07-24T08:42:28.3934092+00:00", "modifiedOn": null,
               "isAttachedCompute": false, "disableLocalAuth": true,
               "properties": {"vmSize": "STANDARD_DS3_V2", "state": "JobRunning",
                 "createdBy": {"userName": "Ada", "userId": "me-oid"},
                 "connectivityEndpoints": {"publicIpAddress": null, "privateIpAddress": "10.0.0.4"},
                 "sshSettings": {"sshPublicAccess": "Enabled", "adminUserName": "azureuser", "sshPort": 50000},
                 "idleTimeBeforeShutdown": "PT90M", "enableSSO": false, "enableNodePublicIp": null,
                 "osImageMetadata": {"currentImageVersion": "23.01.19", "latestImageVersion": "24.06.10",
                   "isLatestOsImageVersion": false},
                 "lastOperation": {"operationName": "Start", "operationStatus": "Succeeded",
                   "operationTrigger": "User", "operationTime": "2024-07-24T08:42:35.907+00:00"},
                 "schedules": {"computeStartStop": [{"action": "Stop", "status": "Enabled", "triggerType": "Cron",
                   "cron": {"expression": "0 18 * * 1,2,3,4,5", "timeZone": "Pacific Standard Time"}}]},
                 "errors": null}}}
            """;

    private static final String CLUSTER = """
            {"name": "cpu", "location": "westus2",
             "properties": {"computeType": "AmlCompute", "provisioningState": "succeeded",
               "properties": {"vmSize": "Standard_NC6s_v3", "vmPriority": "LowPriority", "osType": "Linux",
                 "currentNodeCount": 2, "targetNodeCount": 3, "allocationState": "resizing",
                 "allocationStateTransitionTime": "2024-07-24T08:34:30.334+00:00",
                 "scaleSettings": {"minNodeCount": 0, "maxNodeCount": 4, "nodeIdleTimeBeforeScaleDown": "PT2M"},
                 "nodeStateCounts": {"idleNodeCount": 1, "runningNodeCount": 1, "preparingNodeCount": 0,
                   "unusableNodeCount": 0, "leavingNodeCount": 0, "preemptedNodeCount": 0},
                 "remoteLoginPortPublicAccess": "NotSpecified", "isolatedNetwork": false,
                 "errors": [{"error": {"code": "ScaleUpFailed", "message": "Quota exceeded",
                   "details": [{"code": "QuotaExceeded", "message": "NCv3 family", "target": "vmSize"}]}}]}}}
            """;

    private static ComputeResource read(String json) throws Exception {
        return M.readValue(json, ComputeResource.class);
    }

    private static Map<String, String> attributes(String json, TimeFormat time) throws Exception {
        Map<String, String> byLabel = new LinkedHashMap<>();
        new ComputeDetailsFormatter(time).attributes(read(json), ME, NOW).forEach(a -> byLabel.put(a.label(), a.value()));
        return byLabel;
    }

    @Test
    void anInstanceFieldByField() throws Exception {
        Map<String, String> a = attributes(INSTANCE, SEOUL);
        assertThat(a).containsEntry("Name", "ci-a")
                .containsEntry("Compute type", "Compute instance")
                .containsEntry("State", "Job running")
                .containsEntry("Provisioning state", "Succeeded")
                .containsEntry("Region", "koreacentral")
                .containsEntry("Created on", "Jul 24, 2024, 5:42 PM")
                .containsEntry("Attached", "No (created by the workspace)")
                .containsEntry("Local authentication", "Disabled")
                .containsEntry("Virtual machine size", "STANDARD_DS3_V2")
                .containsEntry("Created by", "Ada (me)")
                .containsEntry("Assigned to", "Ada (me)")
                .containsEntry("Public IP address", "None (reachable only inside its virtual network)")
                .containsEntry("Private IP address", "10.0.0.4")
                .containsEntry("SSH access", "Enabled, port 50000, user azureuser")
                .containsEntry("Idle shutdown", "After 90 minutes of inactivity")
                .containsEntry("Single sign-on", "Disabled")
                .containsEntry("OS image", "23.01.19 (outdated: latest is 24.06.10)")
                .containsEntry("Last operation", "Start \u00b7 Succeeded \u00b7 by User \u00b7 Jul 24, 2024, 5:42 PM")
                .containsEntry("Managed identity", "SystemAssigned \u00b7 principal p-1")
                .containsEntry("Tags", "team=ml, owner")
                .containsEntry("Resource ID", read(INSTANCE).id());
        // What ARM sent as null is left out, never shown as "null".
        assertThat(a).doesNotContainKeys("Description", "Modified on", "Node public IP", "Applications");
        assertThat(a.values()).noneMatch(value -> value.toLowerCase(Locale.ROOT).matches(".*\\bnull\\b.*"));
        assertThat(a.keySet()).startsWith("Name", "Compute type", "State", "Provisioning state", "Region");
    }

    @Test
    void timesAreInTheUsersZone() throws Exception {
        Map<String, String> a = attributes(INSTANCE, LOS_ANGELES);
        assertThat(a).containsEntry("Created on", "Jul 24, 2024, 1:42 AM");
        assertThat(a.get("Last operation")).endsWith("Jul 24, 2024, 1:42 AM");
        assertThat(attributes(CLUSTER, LOS_ANGELES)).containsEntry("Allocation state", "Resizing since Jul 24, 2024, 1:34 AM");
    }

    @Test
    void schedulesAreDescribedInWords() throws Exception {
        assertThat(attributes(INSTANCE, SEOUL)).containsEntry("Schedules",
                "Stop at 6:00 PM, Mon\u2013Fri, Pacific Standard Time \u00b7 next Jul 25, 2024, 10:00 AM");
        assertThat(ComputeDetailsFormatter.schedules(null, SEOUL, NOW)).isEqualTo("None");
    }

    @Test
    void idleShutdownInWords() throws Exception {
        assertThat(attributes(INSTANCE.replace("PT90M", "PT1H"), SEOUL)).containsEntry("Idle shutdown",
                "After 1 hour of inactivity");
        assertThat(attributes(INSTANCE.replace("PT90M", "P2D"), SEOUL)).containsEntry("Idle shutdown",
                "After 2 days of inactivity");
        assertThat(attributes(INSTANCE.replace("\"PT90M\"", "null"), SEOUL)).containsEntry("Idle shutdown", "Disabled");
    }

    @Test
    void aClusterFieldByField() throws Exception {
        Map<String, String> a = attributes(CLUSTER, SEOUL);
        assertThat(a).containsEntry("State", "Succeeded")
                .containsEntry("Region", "westus2")
                .containsEntry("Virtual machine size", "Standard_NC6s_v3")
                .containsEntry("Tier", "Low priority")
                .containsEntry("Operating system", "Linux")
                .containsEntry("Nodes (current/target, min\u2013max)", "2/3 (0\u20134)")
                .containsEntry("Node states", "1 idle, 1 running")
                .containsEntry("Allocation state", "Resizing since Jul 24, 2024, 5:34 PM")
                .containsEntry("Idle seconds before scale down", "120")
                .containsEntry("Isolated network", "No")
                .containsEntry("Managed identity", "None");
        // No createdOn at all: shown as absent, not as a made-up time.
        assertThat(a).containsEntry("Created on", TimeFormat.ABSENT);
        assertThat(ComputeDetailsFormatter.nodeStatesOf(read(CLUSTER))).containsExactly(
                new ComputeDetailsFormatter.NodeStateCount("idle", 1),
                new ComputeDetailsFormatter.NodeStateCount("running", 1),
                new ComputeDetailsFormatter.NodeStateCount("preparing", 0),
                new ComputeDetailsFormatter.NodeStateCount("unusable", 0),
                new ComputeDetailsFormatter.NodeStateCount("leaving", 0),
                new ComputeDetailsFormatter.NodeStateCount("preempted", 0));
    }

    @Test
    void errorsWithTheirDetailsIndented() throws Exception {
        assertThat(ComputeDetailsFormatter.errors(read(CLUSTER)))
                .isEqualTo("ScaleUpFailed: Quota exceeded\n    QuotaExceeded: NCv3 family (vmSize)");
        assertThat(ComputeDetailsFormatter.errors(read(INSTANCE))).isEmpty();
    }

    @Test
    void anInferenceClusterShowsTheServiceDefaultsWhereArmLeftThemOut() throws Exception {
        Map<String, String> a = attributes("""
                {"name": "aks", "properties": {"computeType": "AKS", "provisioningState": "Creating",
                  "isAttachedCompute": true, "properties": {"clusterFqdn": null}}}
                """, SEOUL);
        assertThat(a).containsEntry("State", "Creating")
                .containsEntry("Compute type", "Inference cluster (AKS)")
                .containsEntry("Attached", "Yes (attached compute)")
                .containsEntry("Agent VM size", "Standard_D3_v2")
                .containsEntry("Agent count", "3")
                .containsEntry("Cluster purpose", "Production (the service default)")
                .doesNotContainKey("Cluster FQDN");
    }

    @Test
    void statesThisVersionDoesNotKnowAreShownAsSent() throws Exception {
        Map<String, String> a = attributes("""
                {"name": "future", "properties": {"computeType": "ComputeInstance", "provisioningState": "Migrating",
                  "properties": {"state": "Hibernated"}}}
                """, SEOUL);
        assertThat(a).containsEntry("State", "Hibernated").containsEntry("Provisioning state", "Migrating");
        Map<String, String> unknownType = attributes("""
                {"name": "q", "location": "eastus", "properties": {"computeType": "QuantumAnnealer",
                  "provisioningState": "Succeeded"}}
                """, SEOUL);
        assertThat(unknownType).containsEntry("Compute type", "QuantumAnnealer").containsEntry("Region", "eastus");
    }

    @Test
    void aComputeWithNoPropertiesShowsWhatItHas() throws Exception {
        List<ComputeDetailsFormatter.Attribute> list = new ComputeDetailsFormatter(SEOUL)
                .attributes(read("{\"name\": \"bare\", \"location\": \"westus\"}"), ME, NOW);
        assertThat(list).extracting(ComputeDetailsFormatter.Attribute::label)
                .containsExactly("Name", "Compute type", "State", "Region", "Managed identity");
        assertThat(list).extracting(ComputeDetailsFormatter.Attribute::value)
                .containsExactly("bare", TimeFormat.ABSENT, "Unknown", "westus", "None");
    }
}

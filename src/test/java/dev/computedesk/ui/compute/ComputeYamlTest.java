package dev.computedesk.ui.compute;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.computedesk.azure.model.ComputeResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Copy as YAML": the CLI v2 keys of the CLI v2 compute YAML schema, values YAML reads back as the same strings. */
class ComputeYamlTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private static ComputeResource read(String json) throws Exception {
        return JSON.readValue(json.replace('\'', '"'), ComputeResource.class);
    }

    @Test
    void anInstanceWithSchedulesAssignmentIdentityAndTags() throws Exception {
        ComputeResource ci = read("{'id':'/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                + "workspaces/ws/computes/ci-a','name':'ci-a','location':'eastus','tags':{'team':'ml ops'},"
                + "'identity':{'type':'SystemAssigned,UserAssigned','userAssignedIdentities':{'/subscriptions/s/"
                + "resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uai':{}}},"
                + "'properties':{'computeType':'ComputeInstance','provisioningState':'Succeeded','properties':{"
                + "'vmSize':'Standard_DS3_v2','idleTimeBeforeShutdown':'PT30M',"
                + "'sshSettings':{'sshPublicAccess':'Disabled'},"
                + "'personalComputeInstanceSettings':{'assignedUser':{'objectId':'oid-1','tenantId':'tid-1'}},"
                + "'schedules':{'computeStartStop':[{'action':'Stop','triggerType':'Cron','status':'Enabled',"
                + "'cron':{'expression':'0 18 * * 1-5','timeZone':'UTC'}},{'action':'Start','triggerType':"
                + "'Recurrence','status':'Disabled','recurrence':{'frequency':'Week','interval':1,'timeZone':'UTC',"
                + "'schedule':{'hours':[8],'minutes':[30],'weekDays':['Monday','Friday']}}}]}}}}");

        String yaml = ComputeYaml.of(ci);

        assertThat(yaml).isEqualTo(String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json",
                "name: ci-a",
                "type: computeinstance",
                "location: eastus",
                "size: Standard_DS3_v2",
                "idle_time_before_shutdown: PT30M",
                "ssh_public_access_enabled: false",
                "create_on_behalf_of:",
                "  user_tenant_id: tid-1",
                "  user_object_id: oid-1",
                "schedules:",
                "  compute_start_stop:",
                "    - action: stop",
                "      trigger:",
                "        type: cron",
                "        time_zone: UTC",
                "        expression: \"0 18 * * 1-5\"",
                "      state: enabled",
                "    - action: start",
                "      trigger:",
                "        type: recurrence",
                "        frequency: week",
                "        interval: 1",
                "        time_zone: UTC",
                "        schedule:",
                "          hours: [8]",
                "          minutes: [30]",
                "          week_days: [monday, friday]",
                "      state: disabled",
                "identity:",
                "  type: system_assigned,user_assigned",
                "  user_assigned_identities:",
                "    - resource_id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/"
                        + "userAssignedIdentities/uai",
                "tags:",
                "  team: \"ml ops\"",
                ""));
    }

    @Test
    void aKubernetesAttachFileAndTypesWithoutOne() throws Exception {
        ComputeResource k8s = read("{'name':'k8s','properties':{'computeType':'Kubernetes','resourceId':"
                + "'/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc',"
                + "'properties':{'namespace':'azureml','relayConnectionString':'Endpoint=secret'}}}");
        assertThat(ComputeYaml.of(k8s)).contains("type: kubernetes\n",
                "resource_id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\n",
                "namespace: azureml\n").doesNotContain("secret");

        ComputeResource adla = read("{'name':'adla','properties':{'computeType':'DataLakeAnalytics'}}");
        assertThat(ComputeYaml.supports(adla)).isFalse();
        assertThatThrownBy(() -> ComputeYaml.of(adla)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotesWhatYamlWouldReadAsAnotherType() {
        assertThat(ComputeYaml.quote("Standard_DS3_v2")).isEqualTo("Standard_DS3_v2");
        assertThat(ComputeYaml.quote("yes")).isEqualTo("\"yes\"");
        assertThat(ComputeYaml.quote("1.5")).isEqualTo("\"1.5\"");
        assertThat(ComputeYaml.quote("42")).isEqualTo("42");
        assertThat(ComputeYaml.quote("a: b")).isEqualTo("\"a: b\"");
        assertThat(ComputeYaml.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    }
}

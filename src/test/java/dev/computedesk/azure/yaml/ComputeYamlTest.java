package dev.computedesk.azure.yaml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Copy as YAML": the CLI v2 keys of the CLI v2 compute YAML schema, values YAML reads back as the same strings. */
class ComputeYamlTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final WorkspaceRef WORKSPACE = new WorkspaceRef("s", "rg", "ws", "eastus");

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

        String yaml = ComputeYaml.write(ci);

        // Lists are written in block style now (one writer, jackson-dataformat-yaml); idle shutdown is written with
        // both keys, as `az ml compute show` does, so Open YAML reads it back.
        assertThat(yaml).isEqualTo(String.join("\n",
                "$schema: https://azuremlschemas.azureedge.net/latest/computeInstance.schema.json",
                "name: ci-a",
                "type: computeinstance",
                "location: eastus",
                "size: Standard_DS3_v2",
                "idle_time_before_shutdown: PT30M",
                "idle_time_before_shutdown_minutes: 30",
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
                "        expression: 0 18 * * 1-5",
                "      state: enabled",
                "    - action: start",
                "      trigger:",
                "        type: recurrence",
                "        frequency: week",
                "        interval: 1",
                "        time_zone: UTC",
                "        schedule:",
                "          hours:",
                "            - 8",
                "          minutes:",
                "            - 30",
                "          week_days:",
                "            - monday",
                "            - friday",
                "      state: disabled",
                "identity:",
                "  type: \"system_assigned,user_assigned\"",
                "  user_assigned_identities:",
                "    - resource_id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/"
                        + "userAssignedIdentities/uai",
                "tags:",
                "  team: ml ops",
                ""));

        ComputeYaml.Read back = ComputeYaml.read(yaml, WORKSPACE, null);
        assertThat(back.notUsed()).isEmpty();
        assertThat(ComputeYaml.write(back.request())).isEqualTo(yaml);
        assertThat(((ComputeInstanceProperties) back.request().properties()).properties().idleTimeBeforeShutdown())
                .isEqualTo("PT30M");
    }

    @Test
    void aKubernetesAttachFileAndTypesWithoutOne() throws Exception {
        ComputeResource k8s = read("{'name':'k8s','properties':{'computeType':'Kubernetes','resourceId':"
                + "'/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc',"
                + "'properties':{'namespace':'azureml','relayConnectionString':'Endpoint=secret'}}}");
        assertThat(ComputeYaml.write(k8s)).contains("type: kubernetes\n",
                "resource_id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/arc\n",
                "namespace: azureml\n").doesNotContain("secret");

        ComputeResource adla = read("{'name':'adla','properties':{'computeType':'DataLakeAnalytics'}}");
        assertThat(ComputeYaml.hasCliFile(k8s)).isTrue();
        assertThat(ComputeYaml.hasCliFile(adla)).isFalse();
        ComputeResource factory = read("{'name':'adf','properties':{'computeType':'DataFactory'}}");
        assertThatThrownBy(() -> ComputeYaml.write(factory)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Each value as its line in the file, and the value read back from it. */
    private static Map<String, String> tagsWrittenAndRead(Map<String, String> tags) throws Exception {
        ComputeResource ci = new ComputeResource(null, "ci", null, null, tags, null, null, null,
                ComputeInstanceProperties.forRequest(null, null, null));
        String yaml = ComputeYaml.write(ci);
        assertThat(ComputeYaml.read(yaml, WORKSPACE, null).request().tags()).isEqualTo(tags);
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : yaml.split("\n")) {
            int colon = line.indexOf(": ");
            if (line.startsWith("  ") && colon > 0) {
                lines.put(line.substring(2, colon), line.substring(colon + 2));
            }
        }
        return lines;
    }

    @Test
    void quotesWhatYamlWouldReadAsAnotherType() throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("size", "Standard_DS3_v2");
        tags.put("yes", "yes");
        tags.put("float", "1.5");
        tags.put("int", "42");
        tags.put("colon", "a: b");
        tags.put("quotes", "say \"hi\"");
        Map<String, String> lines = tagsWrittenAndRead(tags);
        assertThat(lines.get("size")).isEqualTo("Standard_DS3_v2");
        assertThat(lines.get("\"yes\"")).isEqualTo("\"yes\"");
        assertThat(lines.get("float")).isEqualTo("\"1.5\"");
        assertThat(lines.get("int")).isEqualTo("\"42\"");
        assertThat(lines.get("colon")).isEqualTo("\"a: b\"");
        assertThat(lines.get("quotes")).isEqualTo("say \"hi\"");
    }

    @Test
    void stringsThatLookLikeOtherTypesReadBackAsTheSameStrings() throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String value : List.of("0042", "12:30", "yes", "No", "on", "~", "null", "true", "1e3", ".inf", "0x1F",
                "2001-12-14", "# not a comment", "a # b", "it's", "\"quoted\"", "h\u00e9llo \u2603 \u6f22\u5b57",
                " leading space", "- dash", "*star", "&amp", "!bang", "%pct", "@at", "`tick")) {
            tags.put("k" + tags.size(), value);
        }
        Map<String, String> lines = tagsWrittenAndRead(tags);
        assertThat(lines.get("k0")).isEqualTo("\"0042\"");
        assertThat(lines.get("k1")).isEqualTo("\"12:30\"");
        assertThat(lines.get("k5")).isEqualTo("\"~\"");
    }

    @Test
    void aMultiLineDescriptionKeepsItsNewlines() {
        String description = "First line\n  indented: yes\n# not a comment\n\nlast";
        ComputeResource cluster = new ComputeResource(null, "cpu", null, "eastus", null, null, null, null,
                dev.computedesk.azure.model.AmlComputeProperties.forRequest(description, null, null));
        String yaml = ComputeYaml.write(cluster);
        assertThat(yaml).contains("description: |-\n  First line\n    indented: yes\n");
        assertThat(ComputeYaml.read(yaml, WORKSPACE, null).request().properties().description())
                .isEqualTo(description);
    }

    @Test
    void plainScalarsInAFileAreReadAsWritten() {
        ComputeYaml.Read read = ComputeYaml.read("name: 0042\ntype: computeinstance\ndescription: 12:30\n"
                + "idle_time_before_shutdown_minutes: 45\nssh_public_access_enabled: yes\n", WORKSPACE, null);
        assertThat(read.request().name()).isEqualTo("0042");
        assertThat(read.request().properties().description()).isEqualTo("12:30");
        var settings = ((ComputeInstanceProperties) read.request().properties()).properties();
        assertThat(settings.idleTimeBeforeShutdown()).isEqualTo("PT45M");
        assertThat(settings.sshSettings().sshPublicAccess()).isEqualTo("Enabled");
        assertThat(read.request().location()).as("the workspace's when the file has none").isEqualTo("eastus");
    }

    @Test
    void idleShutdownIsReadFromEitherKeyTheMinutesFirst() {
        var iso = ComputeYaml.read("type: computeinstance\nidle_time_before_shutdown: PT2H\n", WORKSPACE, null);
        assertThat(((ComputeInstanceProperties) iso.request().properties()).properties().idleTimeBeforeShutdown())
                .isEqualTo("PT2H");
        var both = ComputeYaml.read("type: computeinstance\nidle_time_before_shutdown: PT2H\n"
                + "idle_time_before_shutdown_minutes: 30\n", WORKSPACE, null);
        assertThat(((ComputeInstanceProperties) both.request().properties()).properties().idleTimeBeforeShutdown())
                .isEqualTo("PT30M");
    }

    @Test
    void whatIsNotUsedIsNamedWithItsReason() {
        ComputeYaml.Read read = ComputeYaml.read(String.join("\n",
                "name: cpu",
                "type: amlcompute",
                "provisioning_state: Succeeded",
                "min_instances: two",
                "custom_applications:",
                "  - name: app",
                "ssh_settings:",
                "  admin_username: azureuser",
                "  favourite_colour: blue",
                "tier: premium",
                ""), WORKSPACE, null);
        assertThat(read.notUsed()).containsExactlyInAnyOrder(
                "provisioning_state: set by Azure, not sent",
                "min_instances: 'two' is not a whole number, so it was not used",
                "tier: 'premium' is neither dedicated nor low_priority, so it was not used",
                "custom_applications: not a key this app reads for amlcompute, so it was not used",
                "ssh_settings.favourite_colour: not a key this app reads for amlcompute, so it was not used");
        assertThatThrownBy(() -> ComputeYaml.read("type: batch\n", WORKSPACE, null))
                .hasMessageStartingWith("The file's type 'batch' is not one this app reads");
        assertThatThrownBy(() -> ComputeYaml.read("- a\n- b\n", WORKSPACE, null))
                .hasMessage("The file is not a compute YAML: it has no top-level keys");
    }

    @Test
    void aSubnetByNameIsResolvedInTheWorkspacesResourceGroupAsTheCliDoes() {
        ComputeYaml.Read read = ComputeYaml.read("type: amlcompute\nnetwork_settings:\n  vnet_name: vnet\n"
                + "  subnet: default\n", WORKSPACE, null);
        assertThat(ComputeYaml.write(read.request())).contains("network_settings:\n  subnet: /subscriptions/s/"
                + "resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default\n");
    }
}

package dev.computedesk.azure.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The create and attach bodies without a saved Microsoft example (VM, HDInsight, Databricks, Data Lake Analytics,
 * Synapse Spark, Data Factory, and the fuller instance/cluster/AKS forms) use only field names the spec declares,
 * at the spec's nesting: the client cannot invent a wire format Azure does not speak.
 */
class RequestBodiesConformToSpecTest {
    private static final ObjectMapper M = ArmJson.mapper();
    private static final SpecShapes SPEC = new SpecShapes();
    private static final String RID = "/subscriptions/s/resourceGroups/rg/providers/";

    static Stream<Arguments> bodies() {
        VirtualMachineSshCredentials creds = new VirtualMachineSshCredentials("azureuser", "pw", "ssh-rsa AAA", "key");
        return Stream.of(
                Arguments.of("VirtualMachine", VirtualMachineProperties.forRequest("vm", RID
                        + "Microsoft.Compute/virtualMachines/vm", VirtualMachineSettings.forAttach(22, creds))),
                Arguments.of("HDInsight", HdInsightProperties.forRequest(null, RID
                        + "Microsoft.HDInsight/clusters/hdi", HdInsightSettings.forAttach(22, creds))),
                Arguments.of("Databricks", DatabricksProperties.forRequest(null, RID
                        + "Microsoft.Databricks/workspaces/dbx", new DatabricksSettings("dapi", "adb.net"))),
                Arguments.of("DataLakeAnalytics", DataLakeAnalyticsProperties.forRequest(null, RID
                        + "Microsoft.DataLakeAnalytics/accounts/a", new DataLakeAnalyticsSettings("store"))),
                Arguments.of("SynapseSpark", SynapseSparkProperties.forRequest(null, RID
                        + "Microsoft.Synapse/workspaces/w/bigDataPools/p", null)),
                Arguments.of("DataFactory", DataFactoryProperties.forRequest(null, RID
                        + "Microsoft.DataFactory/factories/f")),
                Arguments.of("ComputeInstance", ComputeInstanceProperties.forRequest("d", null,
                        ComputeInstanceSettings.forCreate("Standard_DS3_v2", new ResourceId(RID + "subnet"), "Personal",
                                new ComputeInstanceSshSettings("Enabled", null, null, "ssh-rsa AAA"), "personal",
                                new PersonalComputeInstanceSettings(new AssignedUser("o", "t")), true, "PT30M", false))),
                Arguments.of("AmlCompute", AmlComputeProperties.forRequest("d", null, AmlComputeSettings.forCreate(
                        "Standard_DS3_v2", "LowPriority", "Linux", new ScaleSettings(4, 0, "PT2M"),
                        new UserAccountCredentials("azureuser", "ssh-rsa AAA", "pw"), new ResourceId(RID + "subnet"),
                        "Disabled", false))),
                Arguments.of("AKS", AksProperties.forRequest("d", null, new AksSettings(null, null, 3,
                        "Standard_D3_v2", "DevTest", new SslConfiguration("Enabled", "c", "k", "cn", null, null),
                        new AksNetworkingConfiguration(RID + "subnet", "10.0.0.0/16", "10.0.0.10", "172.17.0.1/16"),
                        "InternalLoadBalancer", "default"))),
                Arguments.of("Kubernetes", KubernetesProperties.forRequest(null, RID
                        + "Microsoft.Kubernetes/connectedClusters/arc", KubernetesSettings.forAttach("ns", "small",
                        Map.of("small", new KubernetesInstanceType(Map.of("pool", "a"),
                                new InstanceTypeResources(Map.of("cpu", "1"), Map.of("cpu", "2"))))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void everyFieldIsDeclaredBySpec(String type, ComputeProperties properties) {
        ComputeResource request = ComputeResource.request("eastus",
                ManagedIdentity.userAssigned(List.of(RID + "Microsoft.ManagedIdentity/userAssignedIdentities/u")),
                properties);
        JsonNode body = M.valueToTree(request);
        assertThat(body.at("/properties/computeType").asText()).isEqualTo(type);
        assertThat(SPEC.undeclared("ComputeResource", body)).as(body.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void theCheckerRejectsAnInventedField(String type, ComputeProperties properties) {
        com.fasterxml.jackson.databind.node.ObjectNode body = M.valueToTree(ComputeResource.request("eastus", null,
                properties));
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("properties")).put("inventedField", 1);
        assertThat(SPEC.undeclared("ComputeResource", body)).containsExactly("/properties/inventedField");
    }
}

package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceIdRuleTest {

    private static final String SUB = "34adfa4f-cedf-4dc0-ba29-b6d1a69ab345";
    private static final String VM = "/subscriptions/" + SUB + "/resourceGroups/rg-1/providers/Microsoft.Compute/virtualMachines/vm-a";
    private static final String POOL = "/subscriptions/" + SUB
            + "/resourceGroups/rg-1/providers/Microsoft.Synapse/workspaces/syn-ws/bigDataPools/pool1";

    @Test
    void parsesNestedIds() {
        ResourceId id = ResourceId.parse(POOL).orElseThrow();
        assertThat(id.subscriptionId()).isEqualTo(SUB);
        assertThat(id.resourceGroup()).isEqualTo("rg-1");
        assertThat(id.provider()).isEqualTo("Microsoft.Synapse");
        assertThat(id.types()).containsExactly("workspaces", "bigDataPools");
        assertThat(id.names()).containsExactly("syn-ws", "pool1");
        assertThat(id.name()).isEqualTo("pool1");
        assertThat(id.resourceType()).isEqualTo("Microsoft.Synapse/workspaces/bigDataPools");
        assertThat(id.toArmId()).isEqualTo(POOL);
    }

    @Test
    void parsingIgnoresKeywordCaseAndTrailingSlash() {
        ResourceId id = ResourceId.parse(" /SUBSCRIPTIONS/" + SUB + "/resourcegroups/rg/PROVIDERS/Microsoft.Compute/virtualMachines/vm/ ")
                .orElseThrow();
        assertThat(id.toArmId()).isEqualTo("/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm");
    }

    @Test
    void rejectsMalformedIds() {
        for (String bad : List.of("", "/", " / ", "//", "vm-a", "/subscriptions/" + SUB + "/resourceGroups/rg",
                "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines",
                "/subscriptions/" + SUB + "/resourceGroups//providers/Microsoft.Compute/virtualMachines/vm",
                "/subs/" + SUB + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm")) {
            assertThat(ResourceId.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void messages() {
        assertThat(ResourceIdRule.FOR_VIRTUAL_MACHINE.validate(VM).isValid()).isTrue();
        assertThat(ResourceIdRule.FOR_VIRTUAL_MACHINE.validate(" ").message()).isEqualTo("Enter a resource ID");
        assertThat(ResourceIdRule.FOR_VIRTUAL_MACHINE.validate("vm-a").message()).isEqualTo(
                "Enter a resource ID such as /subscriptions/<subscription>/resourceGroups/<group>/providers/"
                        + "Microsoft.Compute/virtualMachines/<name>");
        assertThat(ResourceIdRule.FOR_SYNAPSE_SPARK_POOL.validate("x").message()).isEqualTo(
                "Enter a resource ID such as /subscriptions/<subscription>/resourceGroups/<group>/providers/"
                        + "Microsoft.Synapse/workspaces/<name>/bigDataPools/<name>");
        assertThat(ResourceIdRule.FOR_VIRTUAL_MACHINE.validate(VM.replace(SUB, "my-sub")).message())
                .isEqualTo("The subscription in a resource ID is a GUID, such as 00000000-0000-0000-0000-000000000000");
        assertThat(ResourceIdRule.FOR_AKS.validate(VM).message()).isEqualTo(
                "This is the ID of a Microsoft.Compute/virtualMachines resource; "
                        + "Microsoft.ContainerService/managedClusters is needed");
        assertThat(ResourceIdRule.FOR_KUBERNETES.validate(VM).message()).isEqualTo(
                "This is the ID of a Microsoft.Compute/virtualMachines resource; "
                        + "Microsoft.ContainerService/managedClusters or Microsoft.Kubernetes/connectedClusters is needed");
    }

    @Test
    void typesCompareIgnoringCase() {
        String arc = "/subscriptions/" + SUB + "/resourceGroups/rg/providers/microsoft.kubernetes/CONNECTEDCLUSTERS/arc1";
        assertThat(ResourceIdRule.FOR_KUBERNETES.validate(arc).isValid()).isTrue();
        assertThat(ResourceIdRule.FOR_SYNAPSE_SPARK_POOL.parseValid(POOL)).isPresent();
        assertThat(ResourceIdRule.FOR_SUBNET.validate("/subscriptions/" + SUB
                + "/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default").isValid()).isTrue();
        assertThat(ResourceIdRule.of("Microsoft.Databricks/workspaces").validate("/subscriptions/" + SUB
                + "/resourceGroups/rg/providers/Microsoft.Databricks/workspaces/dbw").isValid()).isTrue();
        assertThat(ResourceIdRule.FOR_HDINSIGHT.validate("/subscriptions/" + SUB
                + "/resourceGroups/rg/providers/Microsoft.HDInsight/clusters/hdi").isValid()).isTrue();
    }
}

package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Proves the conformance oracles bite: for every shape, a real emulator body validates, and the
 * same body with a wrong enum, a wrong type or a missing required field does not.
 */
class SpecValidatorTest extends EmulatorTestSupport {
    static final String SUB = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID;
    static final String LOC = SUB + "/providers/Microsoft.MachineLearningServices/locations/eastus";
    private final SpecValidator spec = SpecValidator.get();

    private static ObjectNode at(JsonNode root, String pointer) {
        return (ObjectNode) root.at(JsonPointer.compile(pointer));
    }

    private void rejects(JsonNode valid, String definition, String what, Consumer<ObjectNode> breakIt) {
        ObjectNode broken = (ObjectNode) valid.deepCopy();
        breakIt.accept(broken);
        List<String> errors = definition.startsWith("common:")
                ? spec.validateCommon(broken, definition.substring(7)) : spec.validate(broken, definition);
        assertThat(errors).as(definition + ": " + what).isNotEmpty();
    }

    private void accepts(JsonNode valid, String definition) {
        List<String> errors = definition.startsWith("common:")
                ? spec.validateCommon(valid, definition.substring(7)) : spec.validate(valid, definition);
        assertThat(errors).as(definition).isEmpty();
    }

    @Test
    void computeResourceOfEveryTypeWithNegatives() {
        for (JsonNode c : arm.get(ml(ArmTestClient.computes(DemoSeed.WORKSPACE))).body().path("value")) {
            accepts(c, "ComputeResource");
        }
        JsonNode ci = arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_RUNNING_SSH))).body();
        accepts(ci, "ComputeResource");
        rejects(ci, "ComputeResource", "wrong enum", b -> at(b, "/properties/properties").put("state", "Sleeping"));
        rejects(ci, "ComputeResource", "wrong enum in the envelope",
                b -> at(b, "/properties").put("provisioningState", "Done"));
        rejects(ci, "ComputeResource", "wrong type", b -> at(b, "/properties/properties/sshSettings").put("sshPort", "22"));
        rejects(ci, "ComputeResource", "missing discriminator", b -> at(b, "/properties").remove("computeType"));
        rejects(ci, "ComputeResource", "unknown computeType", b -> at(b, "/properties").put("computeType", "Batch"));
        rejects(ci, "ComputeResource", "missing required assignedUser.tenantId", b -> at(b, "/properties/properties")
                .putObject("personalComputeInstanceSettings").putObject("assignedUser").put("objectId", "x"));
        rejects(ci, "ComputeResource", "null where not x-nullable", b -> at(b, "/properties/properties").putNull("vmSize"));
        rejects(ci, "ComputeResource", "a misspelt field", b -> at(b, "/properties/properties").put("vmsize", "x"));
        rejects(ci, "ComputeResource", "the 2026 name pattern", b -> b.put("name", "ci-1"));
        rejects(ci, "ComputeResource", "enableSSO type", b -> at(b, "/properties/properties").put("enableSSO", "yes"));
        // x-nullable honoured; the 2026 additions accepted.
        ObjectNode nullable = ci.deepCopy();
        at(nullable, "/properties/properties/connectivityEndpoints").putNull("publicIpAddress");
        at(nullable, "/properties/properties").put("state", "Resizing");
        at(nullable, "/properties/properties").putNull("enableSSO");
        at(nullable, "/properties/properties").put("idleTimeBeforeShutdown", "PT30M");
        accepts(nullable, "ComputeResource");

        JsonNode cluster = arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CLUSTER_WITH_NODES))).body();
        accepts(cluster, "ComputeResource");
        rejects(cluster, "ComputeResource", "missing required maxNodeCount",
                b -> at(b, "/properties/properties/scaleSettings").remove("maxNodeCount"));
        rejects(cluster, "ComputeResource", "wrong enum", b -> at(b, "/properties/properties").put("allocationState", "steady"));
        rejects(cluster, "ComputeResource", "wrong type",
                b -> at(b, "/properties/properties").put("currentNodeCount", 2.5));
        JsonNode aks = arm.get(ml(compute(DemoSeed.WORKSPACE, DemoSeed.AKS_CLUSTER))).body();
        rejects(aks, "ComputeResource", "wrong enum", b -> at(b, "/properties/properties").put("clusterPurpose", "Prod"));
    }

    @Test
    void listShapesWithNegatives() {
        JsonNode list = arm.get(ml(ArmTestClient.computes(DemoSeed.WORKSPACE))).body();
        accepts(list, "PaginatedComputeResourcesList");
        rejects(list, "PaginatedComputeResourcesList", "wrong type", b -> b.put("value", "x"));
        rejects(list, "PaginatedComputeResourcesList", "wrong enum",
                b -> at(b, "/value/0/properties").put("computeType", "computeinstance"));
        rejects(list, "PaginatedComputeResourcesList", "missing required",
                b -> at(b, "/value/0/properties").remove("computeType"));

        JsonNode nodes = arm.post(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CLUSTER_WITH_NODES) + "/listNodes")).body();
        accepts(nodes, "AmlComputeNodesInformation");
        rejects(nodes, "AmlComputeNodesInformation", "wrong enum", b -> at(b, "/nodes/0").put("nodeState", "Idle"));
        rejects(nodes, "AmlComputeNodesInformation", "wrong type", b -> at(b, "/nodes/0").put("port", "50000"));
        rejects(nodes, "AmlComputeNodesInformation", "a field the schema lacks", b -> at(b, "/nodes/0").put("ssh", 1));

        JsonNode keys = arm.post(ml(compute(DemoSeed.WORKSPACE, DemoSeed.AKS_CLUSTER) + "/listKeys")).body();
        accepts(keys, "ComputeSecrets");
        rejects(keys, "ComputeSecrets", "missing required", b -> b.remove("computeType"));
        rejects(keys, "ComputeSecrets", "wrong enum", b -> b.put("computeType", "aks"));
        rejects(keys, "ComputeSecrets", "wrong type", b -> b.put("userKubeConfig", 1));

        JsonNode sizes = arm.get(ml(LOC + "/vmSizes")).body();
        accepts(sizes, "VirtualMachineSizeListResult");
        rejects(sizes, "VirtualMachineSizeListResult", "missing required",
                b -> at(b, "/value/0/estimatedVMPrices").remove("billingCurrency"));
        rejects(sizes, "VirtualMachineSizeListResult", "wrong enum",
                b -> at(b, "/value/0/estimatedVMPrices/values/0").put("vmTier", "Spotty"));
        rejects(sizes, "VirtualMachineSizeListResult", "wrong type", b -> at(b, "/value/0").put("vCPUs", "4"));

        JsonNode usages = arm.get(ml(LOC + "/usages")).body();
        accepts(usages, "ListUsagesResult");
        rejects(usages, "ListUsagesResult", "wrong enum", b -> at(b, "/value/0").put("unit", "Cores"));
        rejects(usages, "ListUsagesResult", "wrong type", b -> at(b, "/value/0").put("limit", "100"));
        rejects(usages, "ListUsagesResult", "wrong nested type", b -> at(b, "/value/0").put("name", "x"));

        JsonNode quotas = arm.get(ml(LOC + "/quotas")).body();
        accepts(quotas, "ListWorkspaceQuotas");
        rejects(quotas, "ListWorkspaceQuotas", "wrong enum", b -> at(b, "/value/0").put("unit", "Cores"));
        rejects(quotas, "ListWorkspaceQuotas", "wrong type", b -> at(b, "/value/0").put("limit", true));
    }

    @Test
    void errorAndOperationShapesWithNegatives() {
        JsonNode error = arm.get(ml(compute(DemoSeed.WORKSPACE, "nope"))).body();
        accepts(error, "common:ErrorResponse");
        rejects(error, "common:ErrorResponse", "wrong type", b -> at(b, "/error").put("code", 404));
        rejects(error, "common:ErrorResponse", "wrong nested type", b -> at(b, "/error").put("details", "none"));

        var created = arm.put(ml(compute(DemoSeed.WORKSPACE_2, "opshape")), ComputeApiTest.instanceBody("Standard_DS2_v2"));
        JsonNode op = arm.get(created.header("Azure-AsyncOperation").orElseThrow()).body();
        accepts(op, "common:OperationStatusResult");
        rejects(op, "common:OperationStatusResult", "missing required", b -> b.remove("status"));
        rejects(op, "common:OperationStatusResult", "wrong type", b -> b.put("percentComplete", "half"));
        rejects(op, "common:OperationStatusResult", "a bad date-time", b -> b.put("startTime", "yesterday"));
    }

    @Test
    void exampleShapeOracleRejectsUnknownFieldsAndWrongTypes() {
        JsonNode ws = arm.get(ml(DemoSeed.workspaceId(DemoSeed.WORKSPACE))).body();
        JsonNode example = Conformance.Examples.workspace();
        assertThat(Conformance.Examples.shape(ws, example, "$")).isEmpty();
        ObjectNode misspelt = ws.deepCopy();
        at(misspelt, "/properties").put("friendlyname", "x");
        assertThat(Conformance.Examples.shape(misspelt, example, "$")).isNotEmpty();
        ObjectNode wrongType = ws.deepCopy();
        at(wrongType, "/properties").put("hbiWorkspace", "false");
        assertThat(Conformance.Examples.shape(wrongType, example, "$")).isNotEmpty();
        ObjectNode wrongArray = ws.deepCopy();
        at(wrongArray, "/properties").put("privateEndpointConnections", "none");
        assertThat(Conformance.Examples.shape(wrongArray, example, "$")).isNotEmpty();
    }

    @Test
    void sdkModelOracleReportsFieldsTheModelDrops() throws Exception {
        JsonNode sub = arm.get(SUB + "?api-version=2022-12-01").body();
        Class<?> model = Conformance.sdkModel(SUB);
        assertThat(Conformance.sdkLoss(sub, model)).isEmpty();
        ObjectNode extra = sub.deepCopy();
        extra.put("subscriptionName", "not a field of SubscriptionInner");
        assertThat(Conformance.sdkLoss(extra, model)).anyMatch(e -> e.contains("subscriptionName"));
        ObjectNode nested = sub.deepCopy();
        at(nested, "/subscriptionPolicies").put("quota", "x");
        assertThat(Conformance.sdkLoss(nested, model)).anyMatch(e -> e.contains("quota"));
        JsonNode vnet = arm.get(SUB + "/providers/Microsoft.Network/virtualNetworks?api-version=2024-05-01").body()
                .path("value").get(0);
        ObjectNode badSubnet = vnet.deepCopy();
        ((ArrayNode) badSubnet.at("/properties/subnets")).addObject().put("cidr", "10.0.0.0/8");
        assertThat(Conformance.sdkLoss(badSubnet, Conformance.sdkModel("/x/Microsoft.Network/virtualNetworks")))
                .isNotEmpty();
    }
}

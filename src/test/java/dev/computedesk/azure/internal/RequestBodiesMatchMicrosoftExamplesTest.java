package dev.computedesk.azure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.management.AzureEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.Principal;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AksSettings;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.AssignedUser;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeInstanceSshSettings;
import dev.computedesk.azure.model.ComputeProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.CustomService;
import dev.computedesk.azure.model.Examples;
import dev.computedesk.azure.model.InstanceTypeResources;
import dev.computedesk.azure.model.KubernetesInstanceType;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.azure.model.KubernetesSettings;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.LinkedServiceRequest;
import dev.computedesk.azure.model.PersonalComputeInstanceSettings;
import dev.computedesk.azure.model.ResourceId;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.WorkspaceRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each request body the client builds (from the records a form produces) has exactly the field names, nesting and
 * values of Microsoft's matching example request, and the example's response reads back. The transport is in
 * memory; the URL, method and query are checked too.
 */
class RequestBodiesMatchMicrosoftExamplesTest {
    private static final String ML = "Microsoft.MachineLearningServices/";

    private final CapturingHttpClient transport = new CapturingHttpClient();
    private final ArmConnection connection = new ArmConnection(ConnectionKind.AZURE_CLI, "test",
            new Principal("00000000-0000-0000-0000-000000000000", "t", "n"), AzureEnvironment.AZURE,
            new HttpPipelineBuilder().httpClient(transport).build(), ConnectionOptions.defaults());

    private static WorkspaceRef workspaceOf(JsonNode params) {
        return new WorkspaceRef(params.get("subscriptionId").asText(), params.get("resourceGroupName").asText(),
                params.get("workspaceName").asText(), "eastus");
    }

    private JsonNode sentBody(int i) throws Exception {
        return ArmJson.mapper().readTree(transport.bodies.get(i));
    }

    private void assertSameShape(JsonNode example, JsonNode sent) {
        assertThat(Examples.missingOrDifferent(example, sent)).as("fields of the example the client lost").isEmpty();
        assertThat(Examples.extra(example, sent)).as("fields the client adds").isEmpty();
    }

    private ComputeResource putCompute(String exampleFile, ComputeProperties properties) throws Exception {
        JsonNode example = Examples.load(ML + exampleFile);
        JsonNode params = example.get("parameters");
        transport.answer(example.get("responses"), example.get("responses").has("201") ? "201" : "200");
        ArmOperation<ComputeResource> op = connection.computes().createOrUpdate(workspaceOf(params),
                params.get("computeName").asText(),
                ComputeResource.request(params.path("parameters").path("location").asText(), null, properties));
        assertThat(op.status()).isNotNull();
        assertThat(transport.requests.get(0).getHttpMethod()).isEqualTo(HttpMethod.PUT);
        assertThat(transport.requests.get(0).getUrl().getPath()).endsWith("/workspaces/workspaces123/computes/compute123");
        assertSameShape(params.get("parameters"), sentBody(0));
        return ArmJson.mapper().treeToValue(example.get("responses").findValue("body"), ComputeResource.class);
    }

    @Test
    void computeInstanceMinimal() throws Exception {
        putCompute("Compute_createOrUpdate_ComputeInstanceMinimal.json", ComputeInstanceProperties.forRequest(null,
                null, ComputeInstanceSettings.forCreate("STANDARD_NC6", null, null, null, null, null, null, null, null)));
    }

    @Test
    void computeInstanceWithSshAndAssignedUser() throws Exception {
        JsonNode example = Examples.load(ML + "Compute_createOrUpdate_ComputeInstance.json");
        // The app has no custom-services editor: it never sends them, so they are left out of the comparison.
        ((ObjectNode) example.at("/parameters/parameters/properties/properties")).remove("customServices");
        JsonNode params = example.get("parameters");
        transport.answer(example.get("responses"), "201");
        connection.computes().createOrUpdate(workspaceOf(params), "compute123", ComputeResource.request("eastus", null,
                ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate("STANDARD_NC6",
                        new ResourceId("test-subnet-resource-id"), "Personal",
                        new ComputeInstanceSshSettings("Disabled", null, null, null), "personal",
                        new PersonalComputeInstanceSettings(new AssignedUser("00000000-0000-0000-0000-000000000000",
                                "00000000-0000-0000-0000-000000000000")), null, null, null))));
        assertSameShape(params.get("parameters"), sentBody(0));
    }

    @Test
    void basicAmlCompute() throws Exception {
        AmlComputeSettings s = new AmlComputeSettings("Windows", "STANDARD_NC6", "Dedicated",
                new ResourceId("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/"
                        + "providers/Microsoft.Compute/galleries/myImageGallery/images/myImageDefinition/versions/0.0.1"),
                false, new ScaleSettings(1, 0, "PT5M"), null, null, "NotSpecified", null, null, null, null, null,
                null, true, null);
        putCompute("Compute_createOrUpdate_BasicAmlCompute.json", AmlComputeProperties.forRequest(null, null, s));
    }

    @Test
    void amlComputeFullPutUpdate() throws Exception {
        putCompute("Compute_createOrUpdate_AmlCompute_update.json", AmlComputeProperties.forRequest("some compute",
                null, AmlComputeSettings.scaleOnly(new ScaleSettings(4, 4, "PT5M"))));
    }

    @Test
    void basicAks() throws Exception {
        putCompute("Compute_createOrUpdate_BasicAKSCompute.json", AksProperties.forRequest(null, null, null));
    }

    @Test
    void aksNodeCountUpdate() throws Exception {
        putCompute("Compute_createOrUpdate_AKSCompute_update.json", AksProperties.forRequest("some compute",
                "/subscriptions/34adfa4f-cedf-4dc0-ba29-b6d1a69ab345/resourcegroups/testrg123/providers/"
                        + "Microsoft.ContainerService/managedClusters/compute123-56826-c9b00420020b2",
                AksSettings.forRequest(4, null, null)));
    }

    @Test
    void kubernetesAttach() throws Exception {
        InstanceTypeResources r = new InstanceTypeResources(Map.of("cpu", "1", "memory", "4Gi"),
                Map.of("cpu", "1", "memory", "4Gi"));
        putCompute("Compute_createOrUpdate_KubernetesCompute_attach.json", KubernetesProperties.forRequest(
                "some compute", "/subscriptions/34adfa4f-cedf-4dc0-ba29-b6d1a69ab345/resourcegroups/testrg123/"
                        + "providers/Microsoft.ContainerService/managedClusters/compute123-56826-c9b00420020b2",
                KubernetesSettings.forAttach("default", "defaultInstanceType",
                        Map.of("defaultInstanceType", new KubernetesInstanceType(null, r)))));
    }

    @Test
    void scalePatch() throws Exception {
        JsonNode example = Examples.load(ML + "Compute_patch.json");
        transport.answer(example.get("responses"), "200");
        connection.computes().updateScaleSettings(workspaceOf(example.get("parameters")), "compute123",
                new ScaleSettings(4, 4, "PT5M"));
        assertThat(transport.requests.get(0).getHttpMethod()).isEqualTo(HttpMethod.PATCH);
        assertSameShape(example.at("/parameters/parameters"), sentBody(0));
    }

    @Test
    void aksNodeCountEditSendsTheBodyOfTheAksUpdateExample() throws Exception {
        JsonNode example = Examples.load(ML + "Compute_createOrUpdate_AKSCompute_update.json");
        JsonNode params = example.get("parameters");
        // The current compute (read first), then the update's answer.
        transport.then(200, example.at("/responses/200/body").toString());
        transport.answer(example.get("responses"), "201");
        connection.computes().updateAksNodeCount(workspaceOf(params), "compute123",
                params.at("/parameters/properties/properties/agentCount").asInt());
        assertThat(transport.requests.get(0).getHttpMethod()).isEqualTo(HttpMethod.GET);
        assertThat(transport.requests.get(1).getHttpMethod()).isEqualTo(HttpMethod.PUT);
        assertThat(transport.requests.get(1).getUrl().getPath()).endsWith("/workspaces/workspaces123/computes/compute123");
        assertSameShape(params.get("parameters"), sentBody(1));
    }

    @Test
    void idleShutdownEditIsThePreviewExampleCall() throws Exception {
        JsonNode example = Examples.load(ML + "Compute_updateIdleShutdownSetting.2025-07-01-preview.json");
        JsonNode params = example.get("parameters");
        transport.answer(example.get("responses"), "200");
        var op = connection.computes().updateIdleShutdown(workspaceOf(params), "compute123",
                java.time.Duration.ofMinutes(120));
        assertThat(transport.requests.get(0).getHttpMethod()).isEqualTo(HttpMethod.POST);
        assertThat(transport.requests.get(0).getUrl().getPath())
                .endsWith("/workspaces/workspaces123/computes/compute123/updateIdleShutdownSetting");
        assertThat(transport.requests.get(0).getUrl().getQuery())
                .isEqualTo("api-version=" + params.get("api-version").asText())
                .isEqualTo("api-version=" + ApiVersions.ML_IDLE_SHUTDOWN_PREVIEW);
        assertSameShape(params.get("parameters"), sentBody(0));
        assertThat(op.status().state().isTerminal()).isTrue();
        // Only this call uses the preview version.
        connection.computes().stop(workspaceOf(params), "compute123");
        assertThat(transport.requests.get(1).getUrl().getQuery()).isEqualTo("api-version=" + ApiVersions.ML);
    }

    @Test
    void computeInstanceWithTheExamplesCustomApplication() throws Exception {
        JsonNode example = Examples.load(ML + "Compute_createOrUpdate_ComputeInstance.json");
        JsonNode params = example.get("parameters");
        transport.answer(example.get("responses"), "201");
        CustomService rstudio = new CustomService("rstudio",
                CustomService.Image.docker("ghcr.io/azure/rocker-rstudio-ml-verse:latest"),
                Map.of("test_variable", CustomService.EnvironmentVariable.local("test_value")),
                new CustomService.Docker(true), List.of(CustomService.Endpoint.http("connect", 8787, 8787)),
                List.of(CustomService.Volume.bind("/home/azureuser/cloudfiles", "/home/azureuser/cloudfiles", false)));
        connection.computes().createOrUpdate(workspaceOf(params), "compute123", ComputeResource.request("eastus", null,
                ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate("STANDARD_NC6",
                        new ResourceId("test-subnet-resource-id"), "Personal",
                        new ComputeInstanceSshSettings("Disabled", null, null, null), "personal",
                        new PersonalComputeInstanceSettings(new AssignedUser("00000000-0000-0000-0000-000000000000",
                                "00000000-0000-0000-0000-000000000000")), null, null, null)
                        .withCustomServices(List.of(rstudio)))));
        assertSameShape(params.get("parameters"), sentBody(0));
    }

    @Test
    void deleteSendsUnderlyingResourceAction() {
        JsonNode example = Examples.load(ML + "Compute_delete.json");
        transport.answer(example.get("responses"), "202");
        connection.computes().delete(workspaceOf(example.get("parameters")), "compute123",
                UnderlyingResourceAction.DELETE);
        connection.computes().delete(workspaceOf(example.get("parameters")), "compute123",
                UnderlyingResourceAction.DETACH);
        assertThat(transport.requests.get(0).getHttpMethod()).isEqualTo(HttpMethod.DELETE);
        assertThat(transport.requests.get(0).getUrl().getQuery())
                .contains("underlyingResourceAction=" + example.at("/parameters/underlyingResourceAction").asText());
        assertThat(transport.requests.get(1).getUrl().getQuery()).contains("underlyingResourceAction=Detach");
        assertThat(transport.bodies.get(0)).isEmpty();
    }

    @Test
    void actionsAndListsUseTheSpecsMethods() {
        JsonNode stop = Examples.load(ML + "Compute_stop.json");
        transport.answer(stop.get("responses"), "202");
        WorkspaceRef ws = workspaceOf(stop.get("parameters"));
        connection.computes().stop(ws, "compute123");
        connection.computes().start(ws, "compute123");
        connection.computes().restart(ws, "compute123");
        assertThat(transport.requests).extracting(r -> r.getHttpMethod() + " " + r.getUrl().getPath()
                .replaceAll(".*/computes/", "")).containsExactly("POST compute123/stop", "POST compute123/start",
                "POST compute123/restart");
        assertThat(transport.requests).allSatisfy(r -> assertThat(r.getUrl().getQuery())
                .isEqualTo("api-version=" + ApiVersions.ML));
    }

    @Test
    void linkedServiceCreate() throws Exception {
        JsonNode example = Examples.load(ML + "LinkedServices_create.2020-09-01-preview.json");
        JsonNode params = example.get("parameters");
        transport.answer(example.get("responses"), "200");
        LinkedService created = connection.linkedServices().create(workspaceOf(params), "link-1",
                LinkedServiceRequest.of("link-1", "westus", params.at("/parameters/properties/linkedServiceResourceId")
                        .asText()));
        assertThat(transport.requests.get(0).getHttpMethod()).isEqualTo(HttpMethod.PUT);
        assertThat(transport.requests.get(0).getUrl().getPath()).endsWith("/workspaces/workspace-1/linkedServices/link-1");
        assertThat(transport.requests.get(0).getUrl().getQuery()).isEqualTo("api-version=2020-09-01-preview");
        assertSameShape(params.get("parameters"), sentBody(0));
        assertThat(created.identity().principalId()).isEqualTo("aaaaaaaa-1111-2222-3333-444444444444");
        assertThat(created.properties().linkType()).isEqualTo("Synapse");
    }

    @Test
    void responsesOfTheExamplesReadIntoTheRightKinds() throws Exception {
        assertThat(putCompute("Compute_createOrUpdate_BasicAKSCompute.json", AksProperties.forRequest(null, null,
                null)).properties()).isInstanceOf(AksProperties.class);
        List<String> kinds = List.of("Compute_get_AmlCompute.json", "Compute_get_ComputeInstance.json");
        for (String f : kinds) {
            ComputeResource r = ArmJson.mapper().treeToValue(
                    Examples.load(ML + f).at("/responses/200/body"), ComputeResource.class);
            assertThat(r.properties().kind()).isPresent();
        }
    }
}

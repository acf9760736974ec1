package dev.computedesk.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.rest.Response;
import com.azure.core.http.rest.SimpleResponse;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.polling.PollResult;
import com.azure.core.management.polling.SyncPollerFactory;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.management.serializer.SerializerFactory;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.SyncPoller;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.authorization.models.RoleAssignment;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.containerservice.ContainerServiceManager;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.GenericResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The Azure SDK for Java talks to the emulator exactly as docs/decisions.md verified against a loopback
 * server: the resource-manager modules' own entry points (ResourceManager, ComputeManager, NetworkManager,
 * ContainerServiceManager, MsiManager, AuthorizationManager) over a pipeline with the emulator's bearer token, and
 * azure-core-management's poller driving a compute create, a stop and a delete to completion.
 */
class AzureSdkClientTest extends EmulatorTestSupport {

    private HttpPipeline pipeline() {
        return new HttpPipelineBuilder()
                .httpClient(new JdkHttpClientBuilder().build())
                .policies((context, next) -> {
                    context.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, "Bearer " + emulator.token());
                    return next.process();
                }, new RetryPolicy())
                .build();
    }

    private AzureProfile profile(String subscriptionId) {
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", emulator.baseUrl().toString());
        return new AzureProfile(DemoSeed.TENANT_ID, subscriptionId, new AzureEnvironment(endpoints));
    }

    @Test
    void theSdkModulesReadWhatTheFormsAndPickersList() {
        HttpPipeline pipeline = pipeline();
        AzureProfile profile = profile(DemoSeed.SUBSCRIPTION_ID);
        ResourceManager resources = ResourceManager.authenticate(pipeline, profile)
                .withSubscription(DemoSeed.SUBSCRIPTION_ID);
        ComputeManager compute = ComputeManager.authenticate(pipeline, profile);
        NetworkManager network = NetworkManager.authenticate(pipeline, profile);
        assertThat(ResourceManager.authenticate(pipeline, profile).subscriptions().list().stream()
                .map(s -> s.displayName())).containsExactly(DemoSeed.SUBSCRIPTION_NAME);
        assertThat(resources.resourceGroups().list().stream().map(g -> g.name())).contains(DemoSeed.RESOURCE_GROUP);
        assertThat(compute.virtualMachines().list().stream().map(vm -> vm.name())).containsExactly(DemoSeed.VM);
        var vm = compute.virtualMachines().getByResourceGroup(DemoSeed.RESOURCE_GROUP, DemoSeed.VM);
        assertThat(vm.size().toString()).isEqualTo("Standard_DS3_v2");
        assertThat(vm.storageProfile().imageReference().offer()).isEqualTo("ubuntu-2004");
        assertThat(vm.primaryNetworkInterfaceId()).endsWith(DemoSeed.VM + "-nic");
        assertThat(network.networkInterfaces().list().stream().map(n -> n.primaryPrivateIP())).containsExactly("10.10.0.4");
        assertThat(network.publicIpAddresses().list().stream().map(p -> p.ipAddress())).containsExactly("20.121.34.56");
        var networks = network.networks().list().stream().toList();
        assertThat(networks).hasSize(1);
        assertThat(networks.get(0).subnets()).containsKey(DemoSeed.SUBNET);
        assertThat(ContainerServiceManager.authenticate(pipeline, profile).kubernetesClusters().list().stream()
                .map(k -> k.name())).containsExactly(DemoSeed.AKS_RESOURCE);
        assertThat(MsiManager.authenticate(pipeline, profile).identities()
                .listByResourceGroup(DemoSeed.RESOURCE_GROUP).stream().map(i -> i.name()))
                .contains(DemoSeed.IDENTITY_COMPUTE, DemoSeed.IDENTITY_SYNAPSE);
        List<String> types = new ArrayList<>();
        for (GenericResource r : resources.genericResources().list()) {
            types.add(r.resourceProviderNamespace() + "/" + r.resourceType());
        }
        assertThat(types).contains("Microsoft.HDInsight/clusters", "Microsoft.Databricks/workspaces",
                "Microsoft.DataLakeAnalytics/accounts", "Microsoft.Kubernetes/connectedClusters");
        String scope = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/rg-synapse/providers/"
                + "Microsoft.Synapse/workspaces/" + DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR;
        List<String> roles = new ArrayList<>();
        for (RoleAssignment a : AuthorizationManager.authenticate(pipeline, profile).roleAssignments()
                .listByScope(scope)) {
            if (a.principalId().equals(DemoSeed.USER_OID)) {
                roles.add(a.roleDefinitionId());
            }
        }
        assertThat(roles).hasSize(1).allMatch(r -> r.endsWith(DemoSeed.CONTRIBUTOR_ROLE_ID));
        assertThat(ResourceManager.authenticate(pipeline, profile(null)).tenants().list().stream()
                .map(t -> t.tenantId())).containsExactly(DemoSeed.TENANT_ID);
    }

    private Supplier<Response<BinaryData>> send(HttpPipeline pipeline, HttpMethod method, String path, String json) {
        return () -> {
            HttpRequest request = new HttpRequest(method, emulator.baseUrl() + path.substring(1));
            if (json != null) {
                request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(json);
            }
            HttpResponse r = pipeline.sendSync(request, Context.NONE);
            return new SimpleResponse<>(r.getRequest(), r.getStatusCode(), r.getHeaders(), r.getBodyAsBinaryData());
        };
    }

    @Test
    void thePollerDrivesCreateStopAndDeleteToCompletion() {
        HttpPipeline pipeline = pipeline();
        String ci = ArmTestClient.compute(DemoSeed.WORKSPACE_2, "ci-polled");
        SyncPoller<PollResult<Object>, Object> create = SyncPollerFactory.create(
                SerializerFactory.createDefaultManagementSerializerAdapter(), pipeline, Object.class, Object.class,
                Duration.ofSeconds(1), send(pipeline, HttpMethod.PUT, ArmTestClient.ml(ci),
                        ComputeApiTest.instanceBody("Standard_DS2_v2").toString()));
        tick(60);
        assertThat(create.waitForCompletion(Duration.ofSeconds(30)).getStatus())
                .isEqualTo(LongRunningOperationStatus.SUCCESSFULLY_COMPLETED);
        @SuppressWarnings("unchecked")
        Map<String, Object> created = (Map<String, Object>) create.getFinalResult();
        assertThat(created.get("name")).isEqualTo("ci-polled");
        assertThat(((Map<?, ?>) created.get("properties")).get("provisioningState")).isEqualTo("Succeeded");

        SyncPoller<PollResult<Object>, Object> stop = SyncPollerFactory.create(
                SerializerFactory.createDefaultManagementSerializerAdapter(), pipeline, Object.class, Object.class,
                Duration.ofSeconds(1), send(pipeline, HttpMethod.POST, ArmTestClient.ml(ci + "/stop"), null));
        tick(60);
        assertThat(stop.waitForCompletion(Duration.ofSeconds(30)).getStatus())
                .isEqualTo(LongRunningOperationStatus.SUCCESSFULLY_COMPLETED);

        SyncPoller<PollResult<Object>, Object> delete = SyncPollerFactory.create(
                SerializerFactory.createDefaultManagementSerializerAdapter(), pipeline, Object.class, Object.class,
                Duration.ofSeconds(1), send(pipeline, HttpMethod.DELETE, ArmTestClient.ml(ci)
                        + "&underlyingResourceAction=Delete", null));
        tick(60);
        assertThat(delete.waitForCompletion(Duration.ofSeconds(30)).getStatus())
                .isEqualTo(LongRunningOperationStatus.SUCCESSFULLY_COMPLETED);
        assertThat(arm.get(ArmTestClient.ml(ci)).status()).isEqualTo(404);
    }

    @Test
    void thePollerReportsAFailedCreate() {
        HttpPipeline pipeline = pipeline();
        emulator.injectFault(Fault.provisioningFailure("ci-polled-fail", 1));
        String ci = ArmTestClient.compute(DemoSeed.WORKSPACE_2, "ci-polled-fail");
        SyncPoller<PollResult<Object>, Object> create = SyncPollerFactory.create(
                SerializerFactory.createDefaultManagementSerializerAdapter(), pipeline, Object.class, Object.class,
                Duration.ofSeconds(1), send(pipeline, HttpMethod.PUT, ArmTestClient.ml(ci),
                        ComputeApiTest.instanceBody("Standard_DS2_v2").toString()));
        tick(60);
        assertThat(create.waitForCompletion(Duration.ofSeconds(30)).getStatus())
                .isEqualTo(LongRunningOperationStatus.FAILED);
    }
}

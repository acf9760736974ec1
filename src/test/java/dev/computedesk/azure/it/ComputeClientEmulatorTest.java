package dev.computedesk.azure.it;

import dev.computedesk.testing.EmulatorFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.OperationCancelledException;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.model.AksComputeSecrets;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.domain.compute.ComputeInstanceState;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.DataFactoryProperties;
import dev.computedesk.azure.model.DataLakeAnalyticsProperties;
import dev.computedesk.azure.model.DatabricksComputeSecrets;
import dev.computedesk.azure.model.DatabricksProperties;
import dev.computedesk.azure.model.HdInsightProperties;
import dev.computedesk.azure.model.KubernetesProperties;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.azure.model.ResourceId;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.SynapseSparkProperties;
import dev.computedesk.azure.model.VirtualMachineProperties;
import dev.computedesk.azure.model.VirtualMachineSecrets;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ComputeClient} against the emulator over real HTTP, on a manual clock. */
class ComputeClientEmulatorTest {
    private static EmulatorFixture fx;
    private static ComputeClient computes;

    @BeforeAll
    static void start() {
        fx = EmulatorFixture.start();
        computes = fx.connection().computes();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @AfterEach
    void clearFaults() {
        fx.emulator().clearFaults();
    }

    private static void tick() {
        fx.emulator().advanceClock(Duration.ofHours(1));
    }

    @Test
    void listsEveryComputeAsItsOwnKind() {
        Map<String, ComputeResource> byName = computes.list(fx.demoWorkspace()).stream()
                .collect(Collectors.toMap(ComputeResource::name, Function.identity()));
        assertThat(byName.get(DemoSeed.CI_RUNNING_SSH).properties()).isInstanceOf(ComputeInstanceProperties.class);
        assertThat(byName.get(DemoSeed.CLUSTER_WITH_NODES).properties()).isInstanceOf(AmlComputeProperties.class);
        assertThat(byName.get(DemoSeed.AKS_CLUSTER).properties()).isInstanceOf(AksProperties.class);
        assertThat(byName.get(DemoSeed.ATTACHED_KUBERNETES).properties()).isInstanceOf(KubernetesProperties.class);
        assertThat(byName.get(DemoSeed.ATTACHED_VM).properties()).isInstanceOf(VirtualMachineProperties.class);
        assertThat(byName.get(DemoSeed.ATTACHED_HDINSIGHT).properties()).isInstanceOf(HdInsightProperties.class);
        assertThat(byName.get(DemoSeed.ATTACHED_DATABRICKS).properties()).isInstanceOf(DatabricksProperties.class);
        assertThat(byName.get(DemoSeed.ATTACHED_DATA_LAKE_ANALYTICS).properties())
                .isInstanceOf(DataLakeAnalyticsProperties.class);
        assertThat(byName.get(DemoSeed.ATTACHED_SYNAPSE_SPARK).properties()).isInstanceOf(SynapseSparkProperties.class);
        assertThat(byName.get(DemoSeed.ATTACHED_DATA_FACTORY).properties()).isInstanceOf(DataFactoryProperties.class);
    }

    @Test
    void getsAComputeInstanceWithSshAndAddresses() {
        ComputeResource ci = computes.get(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH);
        ComputeInstanceProperties p = (ComputeInstanceProperties) ci.properties();
        assertThat(p.properties().state()).isEqualTo(ComputeInstanceState.RUNNING);
        assertThat(p.properties().sshSettings().sshPort()).isNotNull();
        assertThat(p.properties().connectivityEndpoints().publicIpAddress()).isNotBlank();
        assertThat(p.properties().createdBy().userId()).isEqualTo(fx.connection().principal().objectId());
    }

    @Test
    void missingComputeIs404WithArmCodeAndRequestId() {
        assertThat(computes.find(fx.demoWorkspace(), "no-such-compute")).isEmpty();
        assertThatThrownBy(() -> computes.get(fx.demoWorkspace(), "no-such-compute"))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).isNotBlank();
                    assertThat(e.requestId()).isNotBlank();
                    assertThat(e.correlationId()).isNotBlank();
                    assertThat(e.getMessage()).startsWith(e.code() + ": ").contains("(request id " + e.requestId());
                });
    }

    @Test
    void createsAComputeInstanceThroughTheAsyncOperation() {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null,
                ComputeInstanceProperties.forRequest("made by a test", null, ComputeInstanceSettings.forCreate(
                        "Standard_DS3_v2", null, null, null, null, null, null, null, null)));
        ArmOperation<ComputeResource> op = computes.createOrUpdate(fx.demoWorkspace(), "ci-test-create", body);
        List<OperationStatus> seen = new CopyOnWriteArrayList<>();
        op.addListener(seen::add);
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.IN_PROGRESS);

        tick();
        ComputeResource created = op.waitForCompletion();

        assertThat(created.name()).isEqualTo("ci-test-create");
        assertThat(created.properties().provisioningState()).isEqualTo(ProvisioningState.SUCCEEDED);
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
        assertThat(seen).extracting(OperationStatus::state).startsWith(OperationStatus.State.IN_PROGRESS)
                .endsWith(OperationStatus.State.SUCCEEDED);
    }

    @Test
    void aFailedCreateCarriesArmsError() {
        fx.emulator().injectFault(Fault.provisioningFailure("/computes/ci-doomed$", 1));
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null,
                ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                        "Standard_DS3_v2", null, null, null, null, null, null, null, null)));
        ArmOperation<ComputeResource> op = computes.createOrUpdate(fx.demoWorkspace(), "ci-doomed", body);
        tick();
        assertThatThrownBy(op::waitForCompletion).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.code()).isNotBlank();
            assertThat(e.armMessage()).isNotBlank();
        });
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.FAILED);
        assertThat(op.status().error()).isNotNull();
        assertThat(computes.get(fx.demoWorkspace(), "ci-doomed").properties().provisioningState())
                .isEqualTo(ProvisioningState.FAILED);
    }

    @Test
    void cancellingStopsPollingWithoutWaitingForTheService() {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null,
                ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                        "Standard_DS3_v2", null, null, null, null, null, null, null, null)));
        ArmOperation<ComputeResource> op = computes.createOrUpdate(fx.demoWorkspace(), "ci-cancelled", body);
        // The clock never moves: the operation stays InProgress; cancel after the first real poll.
        op.addListener(s -> {
            if (s.polls() >= 1) {
                op.cancel();
            }
        });
        assertThatThrownBy(op::waitForCompletion).isInstanceOf(OperationCancelledException.class);
        assertThat(op.isCancelled()).isTrue();
        assertThat(op.status().state()).isEqualTo(OperationStatus.State.POLLING_STOPPED);
        assertThat(op.status().polls()).isEqualTo(1);
    }

    @Test
    void createsAClusterAndScalesIt() {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(
                null, null, AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux",
                        new ScaleSettings(2, 0, "PT2M"), null, null, "NotSpecified", true)));
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), "cl-test", body);
        tick();
        create.waitForCompletion();

        ArmOperation<ComputeResource> scale = computes.updateScaleSettings(fx.demoWorkspace(), "cl-test",
                new ScaleSettings(3, 0, "PT5M"));
        tick();
        ComputeResource scaled = scale.waitForCompletion();
        AmlComputeSettings s = ((AmlComputeProperties) scaled.properties()).properties();
        assertThat(s.scaleSettings().maxNodeCount()).isEqualTo(3);
        assertThat(s.scaleSettings().nodeIdleTimeBeforeScaleDown()).isEqualTo("PT5M");
    }

    @Test
    void stopsStartsAndRestartsAnInstance() {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null,
                ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                        "Standard_DS3_v2", null, null, null, null, null, null, null, null)));
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), "ci-cycle", body);
        tick();
        create.waitForCompletion();

        ArmOperation<ComputeResource> stop = computes.stop(fx.demoWorkspace(), "ci-cycle");
        tick();
        assertThat(state(stop.waitForCompletion())).isEqualTo(ComputeInstanceState.STOPPED);

        ArmOperation<ComputeResource> start = computes.start(fx.demoWorkspace(), "ci-cycle");
        tick();
        assertThat(state(start.waitForCompletion())).isEqualTo(ComputeInstanceState.RUNNING);

        ArmOperation<ComputeResource> restart = computes.restart(fx.demoWorkspace(), "ci-cycle");
        tick();
        assertThat(state(restart.waitForCompletion())).isEqualTo(ComputeInstanceState.RUNNING);
    }

    @Test
    void startingARunningInstanceIsAConflictNamingTheState() {
        assertThatThrownBy(() -> computes.start(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("Conflict");
                    assertThat(e.getMessage()).startsWith("Conflict: ").contains("Running");
                });
    }

    @Test
    void deletesAnInstanceAndDetachesAnAttachedCompute() {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null,
                ComputeInstanceProperties.forRequest(null, null, ComputeInstanceSettings.forCreate(
                        "Standard_DS3_v2", null, null, null, null, null, null, null, null)));
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), "ci-gone", body);
        tick();
        create.waitForCompletion();

        ArmOperation<Void> delete = computes.delete(fx.demoWorkspace(), "ci-gone", UnderlyingResourceAction.DELETE);
        tick();
        delete.waitForCompletion();
        assertThat(computes.find(fx.demoWorkspace(), "ci-gone")).isEmpty();

        ArmOperation<Void> detach = computes.delete(fx.demoWorkspace(), DemoSeed.ATTACHED_DATA_FACTORY,
                UnderlyingResourceAction.DETACH);
        tick();
        detach.waitForCompletion();
        assertThat(computes.find(fx.demoWorkspace(), DemoSeed.ATTACHED_DATA_FACTORY)).isEmpty();
    }

    @Test
    void listsTheNodesOfACluster() {
        List<AmlComputeNode> nodes = computes.listNodes(fx.demoWorkspace(), DemoSeed.CLUSTER_WITH_NODES);
        assertThat(nodes).hasSize(2);
        assertThat(nodes).allSatisfy(n -> {
            assertThat(n.nodeId()).isNotBlank();
            assertThat(n.port()).isNotNull();
        });
    }

    @Test
    void listsKeysOfEachSecretKind() {
        ComputeSecrets aks = computes.listKeys(fx.demoWorkspace(), DemoSeed.AKS_CLUSTER);
        assertThat(aks).isInstanceOfSatisfying(AksComputeSecrets.class, k -> {
            assertThat(k.userKubeConfig()).isNotBlank();
            assertThat(k.toString()).doesNotContain(k.userKubeConfig());
        });
        assertThat(computes.listKeys(fx.demoWorkspace(), DemoSeed.ATTACHED_VM)).isInstanceOf(VirtualMachineSecrets.class);
        assertThat(computes.listKeys(fx.demoWorkspace(), DemoSeed.ATTACHED_DATABRICKS))
                .isInstanceOf(DatabricksComputeSecrets.class);
    }

    // A cluster's remoteLoginPortPublicAccess as the spec describes it: NotSpecified is read back as sent while the
    // cluster is created (real ARM's 201 echoes it); the created cluster reads Enabled without a virtual network and
    // Disabled in one. Enabled and Disabled are kept as sent.
    private static final String SSH_SUBNET = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/rg-network"
            + "/providers/Microsoft.Network/virtualNetworks/" + DemoSeed.VNET + "/subnets/" + DemoSeed.SUBNET;

    private static String access(ComputeResource c) {
        return ((AmlComputeProperties) c.properties()).properties().remoteLoginPortPublicAccess();
    }

    /** Creates a cluster; answers its access while Creating and once created. */
    private static String[] createWithSshAccess(String name, String access, String subnet) {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(null,
                null, AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux",
                        new ScaleSettings(2, 0, "PT2M"), null, subnet == null ? null : new ResourceId(subnet), access,
                        true)));
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), name, body);
        String whileCreating = access(computes.get(fx.demoWorkspace(), name));
        fx.emulator().advanceClock(Duration.ofHours(1));
        return new String[] {whileCreating, access(create.waitForCompletion())};
    }

    @Test
    void notSpecifiedWithoutAVirtualNetworkEndsOpen() {
        assertThat(createWithSshAccess("cl-ssh-open", "NotSpecified", null))
                .containsExactly("NotSpecified", "Enabled");
    }

    @Test
    void notSpecifiedInASubnetEndsClosed() {
        assertThat(createWithSshAccess("cl-ssh-vnet", "NotSpecified", SSH_SUBNET))
                .containsExactly("NotSpecified", "Disabled");
    }

    @Test
    void anExplicitChoiceIsKept() {
        assertThat(createWithSshAccess("cl-ssh-on", "Enabled", SSH_SUBNET)).containsExactly("Enabled", "Enabled");
        assertThat(createWithSshAccess("cl-ssh-off", "Disabled", null)).containsExactly("Disabled", "Disabled");
    }

    private static ComputeInstanceState state(ComputeResource r) {
        return ((ComputeInstanceProperties) r.properties()).properties().state();
    }
}

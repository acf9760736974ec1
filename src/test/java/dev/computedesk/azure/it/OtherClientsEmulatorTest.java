package dev.computedesk.azure.it;

import dev.computedesk.testing.EmulatorFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.model.AksClusterSummary;
import dev.computedesk.azure.model.ArmResourceSummary;
import dev.computedesk.azure.model.BigDataPool;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.LinkedServiceRequest;
import dev.computedesk.azure.model.PermissionCheck;
import dev.computedesk.azure.model.ResourceGroup;
import dev.computedesk.azure.model.ResourceQuota;
import dev.computedesk.azure.model.Subscription;
import dev.computedesk.azure.model.SynapseWorkspace;
import dev.computedesk.azure.model.Tenant;
import dev.computedesk.azure.model.Usage;
import dev.computedesk.azure.model.UserAssignedIdentity;
import dev.computedesk.azure.model.VirtualMachineSize;
import dev.computedesk.azure.model.VirtualMachineSummary;
import dev.computedesk.azure.model.VirtualNetwork;
import dev.computedesk.azure.model.Workspace;
import dev.computedesk.emulator.DemoSeed;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every non-compute client call against the emulator over real HTTP. */
class OtherClientsEmulatorTest {
    private static EmulatorFixture fx;
    private static AzureConnection c;
    private static final String SUB = DemoSeed.SUBSCRIPTION_ID;

    @BeforeAll
    static void start() {
        fx = EmulatorFixture.start();
        c = fx.connection();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void principalComesFromTheTokensClaims() {
        assertThat(c.principal().objectId()).isEqualTo(DemoSeed.USER_OID);
        assertThat(c.principal().tenantId()).isEqualTo(DemoSeed.TENANT_ID);
        assertThat(c.principal().name()).isEqualTo(DemoSeed.USER_NAME);
        assertThat(c.displayName()).isEqualTo("Local emulator");
    }

    @Test
    void tenantsSubscriptionsAndResourceGroups() {
        List<Tenant> tenants = c.subscriptions().listTenants();
        assertThat(tenants).extracting(Tenant::tenantId).contains(DemoSeed.TENANT_ID);
        List<Subscription> subs = c.subscriptions().listSubscriptions();
        assertThat(subs).extracting(Subscription::subscriptionId).contains(SUB);
        assertThat(subs).extracting(Subscription::displayName).contains(DemoSeed.SUBSCRIPTION_NAME);
        List<ResourceGroup> groups = c.subscriptions().listResourceGroups(SUB);
        assertThat(groups).extracting(ResourceGroup::name).contains(DemoSeed.RESOURCE_GROUP);
    }

    @Test
    void workspaces() {
        List<Workspace> inSub = c.workspaces().list(SUB);
        assertThat(inSub).extracting(Workspace::name).contains(DemoSeed.WORKSPACE, DemoSeed.WORKSPACE_2);
        assertThat(c.workspaces().list(SUB, DemoSeed.RESOURCE_GROUP)).extracting(Workspace::name)
                .contains(DemoSeed.WORKSPACE);
        assertThat(c.workspaces().listAll()).extracting(Workspace::name).contains(DemoSeed.WORKSPACE);
        Workspace ws = c.workspaces().get(fx.demoWorkspace());
        assertThat(ws.id()).isEqualToIgnoringCase(DemoSeed.workspaceId(DemoSeed.WORKSPACE));
        assertThat(ws.ref().name()).isEqualTo(DemoSeed.WORKSPACE);
        assertThat(ws.ref().resourceGroup()).isEqualTo(DemoSeed.RESOURCE_GROUP);
    }

    @Test
    void vmSizesUsagesAndQuotas() {
        List<VirtualMachineSize> sizes = c.capacity().listVmSizes(SUB, DemoSeed.LOCATION);
        assertThat(sizes).extracting(VirtualMachineSize::name).contains("Standard_D3_v2");
        assertThat(sizes).allSatisfy(s -> assertThat(s.vCPUs()).isPositive());
        assertThat(sizes).anySatisfy(s -> assertThat(s.price("Linux", "Standard")).isPresent());
        List<Usage> usages = c.capacity().listUsages(SUB, DemoSeed.LOCATION);
        assertThat(usages).isNotEmpty().allSatisfy(u -> {
            assertThat(u.name().value()).isNotBlank();
            assertThat(u.limit()).isNotNull();
        });
        List<ResourceQuota> quotas = c.capacity().listQuotas(SUB, DemoSeed.LOCATION);
        assertThat(quotas).isNotEmpty().allSatisfy(q -> assertThat(q.type()).isNotBlank());
    }

    @Test
    void theRegionsRestrictedSizesComeFromComputesResourceSkus() {
        assertThat(c.capacity().listRestrictedVmSizes(SUB, DemoSeed.LOCATION))
                .containsExactly(DemoSeed.REGION_RESTRICTED_SIZE);
        assertThat(c.capacity().listRestrictedVmSizes(SUB, "westeurope")).isEmpty();
        // Listed by ML's sizes all the same: only Compute's SKUs say it is not offered.
        assertThat(c.capacity().listVmSizes(SUB, DemoSeed.LOCATION)).extracting(VirtualMachineSize::name)
                .contains(DemoSeed.REGION_RESTRICTED_SIZE);
    }

    @Test
    void subscriptionsComeWithTheAppsErrors() {
        assertThat(c.subscriptions().listSubscriptions()).extracting(Subscription::displayName)
                .contains(DemoSeed.SUBSCRIPTION_NAME);
        AzureConnection wrongToken = new dev.computedesk.azure.connect.ConnectionFactory(EmulatorFixture.testOptions())
                .emulator(fx.emulator().baseUrl(), fx.emulator().token() + "x");
        assertThatThrownBy(() -> wrongToken.subscriptions().listSubscriptions())
                .isInstanceOfSatisfying(dev.computedesk.azure.AuthenticationRequiredException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("AuthenticationFailed");
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void linkedServicesListGetCreateDelete() {
        List<LinkedService> links = c.linkedServices().list(fx.demoWorkspace());
        assertThat(links).extracting(LinkedService::name).contains(DemoSeed.LINKED_SERVICE);
        LinkedService link = c.linkedServices().get(fx.demoWorkspace(), DemoSeed.LINKED_SERVICE);
        assertThat(link.properties().linkedServiceResourceId()).containsIgnoringCase("/Microsoft.Synapse/workspaces/");

        SynapseWorkspace team = c.synapse().listWorkspaces(SUB).stream()
                .filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR)).findFirst().orElseThrow();
        assertThatThrownBy(() -> c.linkedServices().create(fx.demoWorkspace(), "link-team",
                LinkedServiceRequest.of("link-team", DemoSeed.LOCATION, team.id())))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("AuthorizationFailed");
                });
        SynapseWorkspace owned = c.synapse().listWorkspaces(SUB).stream()
                .filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_OWNER)).findFirst().orElseThrow();
        LinkedService created = c.linkedServices().create(fx.demoWorkspace(), "link-test",
                LinkedServiceRequest.of("link-test", DemoSeed.LOCATION, owned.id()));
        assertThat(created.name()).isEqualTo("link-test");
        assertThat(created.identity().principalId()).isNotBlank();
        assertThat(c.linkedServices().find(fx.demoWorkspace(), "link-test")).isPresent();

        c.linkedServices().delete(fx.demoWorkspace(), "link-test");
        assertThat(c.linkedServices().find(fx.demoWorkspace(), "link-test")).isEmpty();
        c.linkedServices().delete(fx.demoWorkspace(), "link-test");
    }

    @Test
    void refusedNewLinkCarriesTheServiceMessage() {
        fx.emulator().setRefuseNewLinks(true);
        try {
            SynapseWorkspace ws = c.synapse().listWorkspaces(SUB).get(0);
            assertThatThrownBy(() -> c.linkedServices().create(fx.demoWorkspace(), "link-refused",
                    LinkedServiceRequest.of("link-refused", DemoSeed.LOCATION, ws.id())))
                    .isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.armMessage()).isNotBlank();
                    });
        } finally {
            fx.emulator().setRefuseNewLinks(false);
        }
    }

    @Test
    void synapseWorkspacesAndPools() {
        List<SynapseWorkspace> workspaces = c.synapse().listWorkspaces(SUB);
        assertThat(workspaces).extracting(SynapseWorkspace::name)
                .contains(DemoSeed.SYNAPSE_WORKSPACE_OWNER, DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR);
        SynapseWorkspace owner = workspaces.stream().filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_OWNER))
                .findFirst().orElseThrow();
        List<BigDataPool> pools = c.synapse().listSparkPools(owner.id());
        assertThat(pools).extracting(BigDataPool::name).contains(DemoSeed.SPARK_POOL_SMALL, DemoSeed.SPARK_POOL_LARGE);
        BigDataPool small = c.synapse().getSparkPool(pools.stream()
                .filter(p -> p.name().equals(DemoSeed.SPARK_POOL_SMALL)).findFirst().orElseThrow().id());
        assertThat(small.properties().nodeSize()).isNotBlank();
        assertThat(small.properties().sparkVersion()).isNotBlank();
    }

    @Test
    void pickers() {
        List<VirtualNetwork> vnets = c.pickers().listVirtualNetworks(SUB);
        assertThat(vnets).extracting(VirtualNetwork::name).contains(DemoSeed.VNET);
        assertThat(vnets.stream().filter(v -> v.name().equals(DemoSeed.VNET)).findFirst().orElseThrow().subnets())
                .extracting(s -> s.name()).contains(DemoSeed.SUBNET);

        List<VirtualMachineSummary> vms = c.pickers().listVirtualMachines(SUB);
        VirtualMachineSummary vm = vms.stream().filter(v -> v.name().equals(DemoSeed.VM)).findFirst().orElseThrow();
        assertThat(vm.vmSize()).isNotBlank();
        assertThat(vm.imageReference()).isNotNull();
        assertThat(vm.publicIpAddress()).isNotBlank();

        assertThat(c.pickers().listAksClusters(SUB)).extracting(AksClusterSummary::name)
                .contains(DemoSeed.AKS_RESOURCE);
        assertThat(c.pickers().listArcClusters(SUB)).extracting(ArmResourceSummary::name)
                .containsExactly(DemoSeed.ARC_CLUSTER);
        assertThat(c.pickers().listHdInsightClusters(SUB)).extracting(ArmResourceSummary::name)
                .containsExactly(DemoSeed.HDINSIGHT_CLUSTER);
        assertThat(c.pickers().listDatabricksWorkspaces(SUB)).extracting(ArmResourceSummary::name)
                .containsExactly(DemoSeed.DATABRICKS_WORKSPACE);
        assertThat(c.pickers().listDataLakeAnalyticsAccounts(SUB)).extracting(ArmResourceSummary::name)
                .containsExactly(DemoSeed.DATA_LAKE_ANALYTICS_ACCOUNT);
        assertThat(c.pickers().listUserAssignedIdentities(SUB)).extracting(UserAssignedIdentity::name)
                .contains(DemoSeed.IDENTITY_COMPUTE, DemoSeed.IDENTITY_SYNAPSE);
    }

    @Test
    void permissionPreflightTellsOwnerFromContributor() {
        List<SynapseWorkspace> workspaces = c.synapse().listWorkspaces(SUB);
        String ownerScope = workspaces.stream().filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_OWNER))
                .findFirst().orElseThrow().id();
        String teamScope = workspaces.stream().filter(w -> w.name().equals(DemoSeed.SYNAPSE_WORKSPACE_CONTRIBUTOR))
                .findFirst().orElseThrow().id();

        PermissionCheck owner = c.permissions().checkOwnerOrContributor(ownerScope);
        assertThat(owner.owner()).isTrue();
        assertThat(owner.canWrite()).isTrue();
        assertThat(owner.principalObjectId()).isEqualTo(DemoSeed.USER_OID);

        PermissionCheck team = c.permissions().checkOwnerOrContributor(teamScope);
        assertThat(team.owner()).isFalse();
        assertThat(team.contributor()).isTrue();
    }
}

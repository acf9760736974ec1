package dev.computedesk.azure.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.OperationStatus;
import dev.computedesk.azure.model.AksProperties;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeInstanceProperties;
import dev.computedesk.azure.model.ComputeInstanceSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.CustomService;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.domain.compute.ProvisioningState;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.SshPublicKey;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edit calls of {@link ComputeClient} and the {@code SshPublicKeyClient} against the embedded emulator over real
 * HTTP (docs/arm.md "Editing a compute"): each is accepted, followed to its end and read back, or refused with ARM's
 * code and message.
 */
class ComputeEditsEmulatorTest {
    private static final String UAI = DemoSeed.resourceGroupId()
            + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/" + DemoSeed.IDENTITY_COMPUTE;
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

    private static void tick() {
        fx.emulator().advanceClock(Duration.ofHours(1));
    }

    private static ComputeResource cluster(String name, int min, int max) {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(null, null,
                AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux",
                        new ScaleSettings(max, min, "PT2M"), null, null, "NotSpecified", true)));
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), name, body);
        tick();
        return create.waitForCompletion();
    }

    @Test
    void aScaleEditShowsUpdatingThenEndsWithTheNewSettings() {
        cluster("cl-scale", 0, 2);
        ArmOperation<ComputeResource> scale = computes.updateScaleSettings(fx.demoWorkspace(), "cl-scale",
                new ScaleSettings(6, 1, "PT15M"));
        assertThat(scale.status().state()).isEqualTo(OperationStatus.State.IN_PROGRESS);
        assertThat(computes.get(fx.demoWorkspace(), "cl-scale").properties().provisioningState())
                .isEqualTo(ProvisioningState.UPDATING);
        tick();
        AmlComputeSettings s = ((AmlComputeProperties) scale.waitForCompletion().properties()).properties();
        assertThat(s.scaleSettings()).isEqualTo(new ScaleSettings(6, 1, "PT15M"));
        assertThat(scale.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
    }

    @Test
    void aScaleEditOfAClusterStillBeingCreatedIsRefusedWith409NamingTheState() {
        ComputeResource body = ComputeResource.request(DemoSeed.LOCATION, null, AmlComputeProperties.forRequest(null, null,
                AmlComputeSettings.forCreate("Standard_DS3_v2", "Dedicated", "Linux", new ScaleSettings(2, 0, null),
                        null, null, "NotSpecified", true)));
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), "cl-young", body);
        assertThatThrownBy(() -> computes.updateScaleSettings(fx.demoWorkspace(), "cl-young",
                new ScaleSettings(4, 0, null)))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("Conflict");
                    assertThat(e.getMessage()).contains("'Creating'");
                    assertThat(e.requestId()).isNotBlank();
                });
        tick();
        create.waitForCompletion();
    }

    @Test
    void theAksNodeCountChangesByPutAndTheTwelveVcpuRuleIsTheServices() {
        ArmOperation<ComputeResource> grow = computes.updateAksNodeCount(fx.demoWorkspace(), DemoSeed.AKS_CLUSTER, 4);
        tick();
        AksProperties aks = (AksProperties) grow.waitForCompletion().properties();
        assertThat(aks.properties().agentCount()).isEqualTo(4);
        assertThat(aks.provisioningState()).isEqualTo(ProvisioningState.SUCCEEDED);

        assertThatThrownBy(() -> computes.updateAksNodeCount(fx.demoWorkspace(), DemoSeed.AKS_CLUSTER, 2))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("12 vCPUs");
                });
    }

    @Test
    void aClusterTakesAUserAssignedIdentityAndKeepsItsScaleSettings() {
        ScaleSettings before = ((AmlComputeProperties) cluster("cl-identity", 0, 3).properties()).properties()
                .scaleSettings();
        ArmOperation<ComputeResource> edit = computes.updateIdentity(fx.demoWorkspace(), "cl-identity",
                ManagedIdentity.userAssigned(List.of(UAI)));
        tick();
        ComputeResource after = edit.waitForCompletion();
        assertThat(after.identity().type()).isEqualTo("UserAssigned");
        assertThat(after.identity().userAssignedIdentities()).containsKey(UAI);
        assertThat(((AmlComputeProperties) after.properties()).properties().scaleSettings()).isEqualTo(before);

        assertThatThrownBy(() -> computes.updateIdentity(fx.demoWorkspace(), "cl-identity",
                new ManagedIdentity("SystemAssigned,UserAssigned", null, null,
                        ManagedIdentity.userAssigned(List.of(UAI)).userAssignedIdentities())))
                .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    @Test
    void anInstanceWithSchedulesTakesAnIdentityWithoutTouchingThem() throws Exception {
        JsonNode schedules = new ObjectMapper().readTree("{\"computeStartStop\":[{\"action\":\"Stop\","
                + "\"triggerType\":\"Cron\",\"status\":\"Enabled\",\"cron\":{\"expression\":\"0 18 * * *\","
                + "\"timeZone\":\"UTC\"}}]}");
        ComputeInstanceSettings settings = new ComputeInstanceSettings("Standard_DS3_v2", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, schedules, "PT45M", null, null, null, null,
                null);
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), "ci-sched",
                ComputeResource.request(DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null,
                        settings)));
        tick();
        create.waitForCompletion();

        ArmOperation<ComputeResource> edit = computes.updateIdentity(fx.demoWorkspace(), "ci-sched",
                ManagedIdentity.systemAssigned());
        tick();
        ComputeResource after = edit.waitForCompletion();
        assertThat(after.identity().type()).isEqualTo("SystemAssigned");
        assertThat(after.identity().principalId()).isNotBlank();
        ComputeInstanceSettings now = ((ComputeInstanceProperties) after.properties()).properties();
        assertThat(now.schedules()).isEqualTo(schedules);
        assertThat(now.idleTimeBeforeShutdown()).isEqualTo("PT45M");
    }

    @Test
    void theIdleShutdownChangesAtOnceThroughThePreviewCall() {
        ArmOperation<ComputeResource> edit = computes.updateIdleShutdown(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH,
                Duration.ofMinutes(30));
        // ARM answers 200 at once: nothing to follow, no tick needed.
        assertThat(edit.status().state()).isEqualTo(OperationStatus.State.SUCCEEDED);
        ComputeInstanceSettings s = ((ComputeInstanceProperties) edit.waitForCompletion().properties()).properties();
        assertThat(s.idleTimeBeforeShutdown()).isEqualTo("PT30M");

        assertThat(((ComputeInstanceProperties) computes.updateIdleShutdown(fx.demoWorkspace(),
                DemoSeed.CI_RUNNING_SSH, Duration.ofDays(3)).waitForCompletion().properties()).properties()
                .idleTimeBeforeShutdown()).isEqualTo("PT4320M");
        assertThatThrownBy(() -> computes.updateIdleShutdown(fx.demoWorkspace(), DemoSeed.CI_RUNNING_SSH,
                Duration.ofMinutes(10)))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("idleTimeBeforeShutdown");
                });
        ArmOperation<ComputeResource> young = computes.createOrUpdate(fx.demoWorkspace(), "ci-young",
                ComputeResource.request(DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null,
                        ComputeInstanceSettings.forCreate("Standard_DS3_v2", null, null, null, null, null, null, null,
                                null))));
        assertThatThrownBy(() -> computes.updateIdleShutdown(fx.demoWorkspace(), "ci-young", Duration.ofMinutes(30)))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("'Creating'");
                });
        tick();
        young.waitForCompletion();
    }

    @Test
    void anInstanceIsCreatedWithACustomApplicationAndReadsItBack() {
        CustomService rstudio = CustomService.docker("rstudio", "ghcr.io/azure/rocker-rstudio-ml-verse:latest",
                List.of(CustomService.Endpoint.http("connect", 8787, 8787)), Map.of("TZ", "Asia/Seoul"),
                List.of(CustomService.Volume.bind("/home/azureuser/cloudfiles", "/home/azureuser/cloudfiles", false)));
        ComputeInstanceSettings settings = ComputeInstanceSettings.forCreate("Standard_DS3_v2", null, null, null, null,
                null, false, null, null).withCustomServices(List.of(rstudio));
        ArmOperation<ComputeResource> create = computes.createOrUpdate(fx.demoWorkspace(), "ci-rstudio",
                ComputeResource.request(DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null,
                        settings)));
        tick();
        ComputeInstanceSettings s = ((ComputeInstanceProperties) create.waitForCompletion().properties()).properties();
        assertThat(s.customServiceList()).containsExactly(rstudio);
        assertThat(s.enableSSO()).isFalse();

        CustomService badPort = CustomService.docker("bad", "ghcr.io/x/y:1",
                List.of(CustomService.Endpoint.http("connect", 8787, 70000)), Map.of(), List.of());
        assertThatThrownBy(() -> computes.createOrUpdate(fx.demoWorkspace(), "ci-badport",
                ComputeResource.request(DemoSeed.LOCATION, null, ComputeInstanceProperties.forRequest(null, null,
                        settings.withCustomServices(List.of(badPort))))))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("customServices[0].endpoints[0].published");
                });
    }

    @Test
    void theSubscriptionsSshPublicKeysAreListedWithTheirGroups() {
        List<SshPublicKey> keys = fx.connection().sshPublicKeys().list(DemoSeed.SUBSCRIPTION_ID);
        assertThat(keys).extracting(SshPublicKey::name)
                .containsExactlyInAnyOrder(DemoSeed.SSH_KEY_UPLOADED, DemoSeed.SSH_KEY_GENERATED);
        assertThat(keys).extracting(SshPublicKey::resourceGroup).contains(DemoSeed.RESOURCE_GROUP, "rg-network");
        assertThat(keys).allSatisfy(k -> assertThat(k.publicKey()).startsWith("ssh-rsa AAAA"));
    }
}

package dev.computedesk.azure.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.AmlComputeProperties;
import dev.computedesk.azure.model.AmlComputeSettings;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ResourceId;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.testing.EmulatorFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cluster's {@code remoteLoginPortPublicAccess} as the spec describes it: NotSpecified is accepted at create and
 * read back as sent while the cluster is created (real ARM's 201 echoes it); the created cluster reads Enabled
 * without a virtual network and Disabled in one. Enabled and Disabled are kept as sent.
 */
class ClusterSshAccessEmulatorTest {
    private static final String SUBNET = "/subscriptions/" + DemoSeed.SUBSCRIPTION_ID + "/resourceGroups/rg-network"
            + "/providers/Microsoft.Network/virtualNetworks/" + DemoSeed.VNET + "/subnets/" + DemoSeed.SUBNET;
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

    private static String access(ComputeResource c) {
        return ((AmlComputeProperties) c.properties()).properties().remoteLoginPortPublicAccess();
    }

    /** Creates a cluster; answers its access while Creating and once created. */
    private static String[] create(String name, String access, String subnet) {
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
        assertThat(create("cl-ssh-open", "NotSpecified", null)).containsExactly("NotSpecified", "Enabled");
    }

    @Test
    void notSpecifiedInASubnetEndsClosed() {
        assertThat(create("cl-ssh-vnet", "NotSpecified", SUBNET)).containsExactly("NotSpecified", "Disabled");
    }

    @Test
    void anExplicitChoiceIsKept() {
        assertThat(create("cl-ssh-on", "Enabled", SUBNET)).containsExactly("Enabled", "Enabled");
        assertThat(create("cl-ssh-off", "Disabled", null)).containsExactly("Disabled", "Disabled");
    }
}

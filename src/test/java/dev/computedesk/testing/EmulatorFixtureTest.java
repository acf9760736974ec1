package dev.computedesk.testing;

import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.emulator.DemoSeed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client layer and the emulator meet: the demo workspace lists its seeded computes. */
class EmulatorFixtureTest {
    @Test
    void theClientListsTheDemoWorkspacesComputes() {
        try (EmulatorFixture fixture = EmulatorFixture.start()) {
            assertThat(fixture.connection().computes().list(fixture.demoWorkspace()))
                    .extracting(ComputeResource::name)
                    .contains(DemoSeed.CI_RUNNING_SSH, DemoSeed.CLUSTER_WITH_NODES, DemoSeed.AKS_CLUSTER,
                            DemoSeed.ATTACHED_VM);
            assertThat(fixture.connection().principal().objectId()).isEqualTo(DemoSeed.USER_OID);
        }
    }
}

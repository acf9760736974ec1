package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest extends EmulatorTestSupport {
    @Test
    void listsSeededComputes() {
        var res = arm.get(ml(ArmTestClient.computes(DemoSeed.WORKSPACE)));
        assertThat(res.status()).isEqualTo(200);
        var ws = arm.get("/subscriptions?api-version=2022-12-01");
    }
}

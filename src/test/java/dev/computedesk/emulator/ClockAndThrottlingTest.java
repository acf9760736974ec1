package dev.computedesk.emulator;

import static dev.computedesk.emulator.ArmTestClient.compute;
import static dev.computedesk.emulator.ArmTestClient.ml;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manual clock (state is a function of it) and the real ARM token bucket. */
class ClockAndThrottlingTest extends EmulatorTestSupport {

    @Test
    void readsWithoutATickAgree() {
        String path = ml(ArmTestClient.computes(DemoSeed.WORKSPACE));
        var first = arm.get(path).body();
        var second = arm.get(path).body();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aTickPastTheDurationMovesTheState() {
        String creating = ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_CREATING));
        assertThat(arm.get(creating).body().at("/properties/properties/state").asText()).isEqualTo("Creating");
        tick(1);
        assertThat(arm.get(creating).body().at("/properties/properties/state").asText()).isEqualTo("Creating");
        var res = arm.post("/_emulator/clock", Map.of("advanceSeconds", 30));
        assertThat(res.status()).isEqualTo(200);
        assertThat(arm.get(creating).body().at("/properties/properties/state").asText()).isEqualTo("Running");
        assertThat(arm.get(creating).body().at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(arm.post("/_emulator/clock", Map.of("advanceSeconds", -1)).status()).isEqualTo(400);
    }

    @Test
    void exhaustingTheReadBucketAnswers429WithRetryAfter() {
        emulator.setThrottling(true);
        arm.checkConformance = false;
        ArmTestClient.Res throttled = null;
        String path = ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED));
        // The bucket holds 250 reads and refills 25 a second: a tight loop drains it long before 1,000.
        for (int i = 0; i < 1000 && throttled == null; i++) {
            var res = arm.get(path);
            if (res.status() == 429) {
                throttled = res;
            } else {
                assertThat(res.status()).isEqualTo(200);
                assertThat(res.header("x-ms-ratelimit-remaining-subscription-reads")).isPresent();
            }
        }
        assertThat(throttled).isNotNull();
        assertThat(throttled.code()).isEqualTo("TooManyRequests");
        assertThat(Integer.parseInt(throttled.header("Retry-After").orElseThrow())).isGreaterThanOrEqualTo(1);
        Conformance.check(throttled);
        // Writes have their own bucket; admin routes are never throttled.
        assertThat(arm.post(ml(compute(DemoSeed.WORKSPACE, DemoSeed.CI_STOPPED) + "/start")).status()).isEqualTo(202);
        assertThat(arm.post("/_emulator/settings", Map.of("throttling", false)).status()).isEqualTo(200);
        assertThat(arm.get(path).status()).isEqualTo(200);
    }
}

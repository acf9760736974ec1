package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NodeCountRuleTest {

    @Test
    void validPairs() {
        assertThat(NodeCountRule.validate("0", "4").isValid()).isTrue();
        assertThat(NodeCountRule.validate(" 2 ", "2").isValid()).isTrue();
    }

    @Test
    void textThatIsNotAWholeNumber() {
        NodeCountRule.Result result = NodeCountRule.validate("1.5", "abc");
        assertThat(result.minimum().message()).isEqualTo("Enter a whole number");
        assertThat(result.maximum().message()).isEqualTo("Enter a whole number");
        assertThat(NodeCountRule.validate("", "+3").minimum().message()).isEqualTo("Enter a whole number");
        assertThat(NodeCountRule.validate("", "+3").maximum().message()).isEqualTo("Enter a whole number");
    }

    @Test
    void minimumMustNotBeNegative() {
        assertThat(NodeCountRule.validate("-1", "4").minimum().message())
                .isEqualTo("The minimum number of nodes must be 0 or more");
    }

    @Test
    void maximumMustBeAtLeastOne() {
        assertThat(NodeCountRule.validate("0", "0").maximum().message())
                .isEqualTo("The maximum number of nodes must be 1 or more");
    }

    @Test
    void maximumMustBeAtLeastMinimum() {
        NodeCountRule.Result result = NodeCountRule.validate("5", "3");
        assertThat(result.minimum().isValid()).isTrue();
        assertThat(result.maximum().message()).isEqualTo("The maximum number of nodes must be at least the minimum (5)");
    }

    @Test
    void countsAreInt32() {
        assertThat(NodeCountRule.validate("0", "3000000000").maximum().message())
                .isEqualTo("Enter a number no larger than 2147483647");
        assertThat(NodeCountRule.validate("0", "99999999999999999999").maximum().message())
                .isEqualTo("Enter a whole number");
    }

    @Test
    void idleSeconds() {
        assertThat(NodeCountRule.validateIdleSeconds("120").isValid()).isTrue();
        assertThat(NodeCountRule.validateIdleSeconds("0").isValid()).isTrue();
        assertThat(NodeCountRule.validateIdleSeconds("-5").message())
                .isEqualTo("Idle seconds before scale down must be 0 or more");
        assertThat(NodeCountRule.validateIdleSeconds("2m").message()).isEqualTo("Enter a whole number");
    }

    @Test
    void idleSecondsToAndFromIso() {
        assertThat(NodeCountRule.idleSecondsToIso(300)).isEqualTo("PT5M");
        assertThat(NodeCountRule.idleSecondsToIso(120)).isEqualTo("PT2M");
        assertThat(NodeCountRule.idleSecondsToIso(90)).isEqualTo("PT1M30S");
        assertThat(NodeCountRule.idleSecondsToIso(0)).isEqualTo("PT0S");
        assertThat(NodeCountRule.idleSecondsFromIso("PT5M")).isEqualTo(OptionalLong.of(300));
        assertThat(NodeCountRule.idleSecondsFromIso("PT120S")).isEqualTo(OptionalLong.of(120));
        assertThat(NodeCountRule.idleSecondsFromIso("pt1h")).isEqualTo(OptionalLong.of(3600));
        assertThat(NodeCountRule.idleSecondsFromIso("5 minutes")).isEmpty();
        assertThat(NodeCountRule.idleSecondsFromIso(null)).isEmpty();
    }
}

package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.domain.validation.ValidationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComputeNameRuleTest {

    private static String message(String name) {
        return ComputeNameRule.COMPUTE.validate(name).message();
    }

    @Test
    void emptyOrMissingNameAsksForOne() {
        assertThat(message("")).isEqualTo("Enter a compute name");
        assertThat(message(null)).isEqualTo("Enter a compute name");
    }

    @Test
    void nameMustStartWithLetter() {
        assertThat(message("1abc")).isEqualTo("The name must start with a letter");
        assertThat(message("-abc")).isEqualTo("The name must start with a letter");
    }

    @Test
    void onlyLettersDigitsAndHyphenNamingTheOffenders() {
        assertThat(message("cpu_cluster")).isEqualTo("The name can contain only letters, digits and '-' (not '_')");
        assertThat(message("my cpu_box_é")).isEqualTo(
                "The name can contain only letters, digits and '-' (not ' ', '_', 'é')");
    }

    @Test
    void atLeastThreeCharacters() {
        assertThat(message("ab")).isEqualTo("The name must be at least 3 characters long");
        assertThat(message("abc").isEmpty()).isTrue();
    }

    @Test
    void atMostTwentyFourCharacters() {
        assertThat(message("a".repeat(24))).isEmpty();
        assertThat(message("a".repeat(25))).isEqualTo("The name must be at most 24 characters long (it has 25)");
    }

    @Test
    void inferenceClusterNamesAtMostSixteen() {
        assertThat(ComputeNameRule.INFERENCE_CLUSTER.validate("a".repeat(16)).isValid()).isTrue();
        assertThat(ComputeNameRule.INFERENCE_CLUSTER.validate("a".repeat(17)).message())
                .isEqualTo("The name must be at most 16 characters long (it has 17)");
        assertThat(ComputeNameRule.INFERENCE_CLUSTER.validate("ab").message())
                .isEqualTo("The name must be at least 3 characters long");
        assertThat(ComputeNameRule.INFERENCE_CLUSTER.maxLength()).isEqualTo(16);
    }

    @Test
    void noHyphenAtTheEnd() {
        assertThat(message("cpu-")).isEqualTo("The name cannot end with '-'");
    }

    @Test
    void hyphenMustBeFollowedByLetter() {
        assertThat(message("cpu-cluster-1")).isEqualTo("'-' needs to be followed by at least one letter");
        assertThat(message("ab-1c")).isEqualTo("'-' needs to be followed by at least one letter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu-cluster-a", "abc", "CPU-Cluster", "gpu1", "a1-b2-c3", "ci--x"})
    void acceptsGoodNames(String name) {
        assertThat(ComputeNameRule.COMPUTE.validate(name)).isEqualTo(ValidationResult.ok());
    }

    @Test
    void listsEveryFailureInDisplayOrder() {
        assertThat(ComputeNameRule.COMPUTE.failures("1_-")).containsExactly(
                "The name must start with a letter",
                "The name can contain only letters, digits and '-' (not '_')",
                "The name cannot end with '-'");
        assertThat(ComputeNameRule.COMPUTE.failures("x-1")).containsExactly(
                "'-' needs to be followed by at least one letter");
    }

    @Test
    void nameInUseIsComparedIgnoringCase() {
        assertThat(ComputeNameRule.notInUse("CPU-A", List.of("gpu", "cpu-a")).message())
                .isEqualTo("A compute named 'cpu-a' already exists in this workspace");
        assertThat(ComputeNameRule.notInUse("cpu-b", List.of("cpu-a")).isValid()).isTrue();
    }

    @Test
    void servicePatternIsTheDocumentedOne() {
        assertThat(ComputeNameRule.SERVICE_PATTERN)
                .isEqualTo("^[a-zA-Z](?![a-zA-Z0-9-]*-\\d+$)[a-zA-Z0-9\\-]{2,23}$");
        assertThat(ComputeNameRule.serviceAccepts("cpu-cluster-1")).isFalse();
        // The service is looser than the form: these pass the pattern but not Studio's rule.
        assertThat(ComputeNameRule.serviceAccepts("ab-1c")).isTrue();
        assertThat(ComputeNameRule.serviceAccepts("abc-")).isTrue();
    }
}

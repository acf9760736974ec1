package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AksCapacityRuleTest {

    @Test
    void tooFewVcpusNamesTheNumbersAndASuggestion() {
        assertThat(AksCapacityRule.validate(2, 4, ClusterPurpose.FAST_PROD, false).message())
                .isEqualTo("2 nodes × 4 vCPUs = 8; at least 12 needed: choose 3 or more nodes or a larger size");
        assertThat(AksCapacityRule.validate(1, 2, ClusterPurpose.DEV_TEST, false).message())
                .isEqualTo("1 node × 2 vCPUs = 2; at least 12 needed: choose 6 or more nodes or a larger size");
        assertThat(AksCapacityRule.validate(5, 1, ClusterPurpose.DEV_TEST, false).message())
                .isEqualTo("5 nodes × 1 vCPU = 5; at least 12 needed: choose 12 or more nodes or a larger size");
    }

    @Test
    void suggestionRespectsTheProductionMinimum() {
        assertThat(AksCapacityRule.validate(1, 16, ClusterPurpose.FAST_PROD, false).message())
                .isEqualTo("Production clusters need at least 3 nodes");
        assertThat(AksCapacityRule.suggestedNodeCount(16, ClusterPurpose.FAST_PROD)).isEqualTo(3);
        assertThat(AksCapacityRule.suggestedNodeCount(16, ClusterPurpose.DEV_TEST)).isEqualTo(1);
        assertThat(AksCapacityRule.suggestedNodeCount(5, ClusterPurpose.DEV_TEST)).isEqualTo(3);
    }

    @Test
    void denseProdIsLikeFastProd() {
        assertThat(AksCapacityRule.validate(2, 8, ClusterPurpose.DENSE_PROD, false).message())
                .isEqualTo("Production clusters need at least 3 nodes");
        assertThat(AksCapacityRule.validate(3, 4, ClusterPurpose.DENSE_PROD, false).isValid()).isTrue();
    }

    @Test
    void devTestNeedsOneNodeWithEnoughVcpus() {
        assertThat(AksCapacityRule.validate(1, 16, ClusterPurpose.DEV_TEST, false).isValid()).isTrue();
        assertThat(AksCapacityRule.validate(0, 16, ClusterPurpose.DEV_TEST, false).message())
                .isEqualTo("0 nodes × 16 vCPUs = 0; at least 12 needed: choose 1 or more nodes or a larger size");
    }

    @Test
    void absentFieldsTakeServiceDefaults() {
        assertThat(AksCapacityRule.validate(null, null, null, false).isValid()).isTrue();
        assertThat(AksCapacityRule.validate(2, null, null, false).message())
                .isEqualTo("2 nodes × 4 vCPUs = 8; at least 12 needed: choose 3 or more nodes or a larger size");
    }

    @Test
    void nodeCountFieldText() {
        assertThat(AksCapacityRule.validateText("", 4, ClusterPurpose.FAST_PROD, false).isValid()).isTrue();
        assertThat(AksCapacityRule.validateText("three", 4, ClusterPurpose.FAST_PROD, false).message())
                .isEqualTo("Enter a whole number");
        assertThat(AksCapacityRule.validateText("-1", 4, ClusterPurpose.FAST_PROD, false).message())
                .isEqualTo("The number of nodes must be 0 or more");
        assertThat(AksCapacityRule.validateText("9999999999", 4, ClusterPurpose.FAST_PROD, false).message())
                .isEqualTo("Enter a number no larger than 2147483647");
        assertThat(AksCapacityRule.validateText(" 2 ", 4, ClusterPurpose.DEV_TEST, false).message())
                .isEqualTo("2 nodes × 4 vCPUs = 8; at least 12 needed: choose 3 or more nodes or a larger size");
        assertThat(AksCapacityRule.validateText("x", 4, ClusterPurpose.DEV_TEST, true).isValid()).isTrue();
    }

    @Test
    void attachingAnExistingClusterIsNotChecked() {
        assertThat(AksCapacityRule.validate(1, 2, ClusterPurpose.FAST_PROD, true).isValid()).isTrue();
    }

    @Test
    void purposeFromArm() {
        assertThat(ClusterPurpose.fromArm("fastprod")).contains(ClusterPurpose.FAST_PROD);
        assertThat(ClusterPurpose.fromArm("DevTest")).contains(ClusterPurpose.DEV_TEST);
        assertThat(ClusterPurpose.fromArm("Other")).isEmpty();
    }
}

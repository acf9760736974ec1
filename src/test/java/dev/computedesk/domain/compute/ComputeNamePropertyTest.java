package dev.computedesk.domain.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.domain.validation.ValidationResult;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: the form rule is never looser than the service's pattern. A seeded generator keeps
 * the run reproducible; the alphabet is biased to the characters the rules care about.
 */
class ComputeNamePropertyTest {

    private static final int SAMPLES = 150_000;
    private static final String LETTERS = "abcxyzABCXYZ";
    private static final String DIGITS = "0123456789";

    private static String randomName(Random random) {
        int length = random.nextInt(31);
        StringBuilder name = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(100);
            if (pick < 40) {
                name.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            } else if (pick < 65) {
                name.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
            } else if (pick < 90) {
                name.append('-');
            } else if (pick < 97) {
                name.append('_');
            } else {
                name.append(" .é".charAt(random.nextInt(3)));
            }
        }
        return name.toString();
    }

    @Test
    void formAcceptanceImpliesServiceAcceptance() {
        Random random = new Random(20261124L);
        int accepted = 0;
        int serviceRejected = 0;
        for (int i = 0; i < SAMPLES; i++) {
            String name = randomName(random);
            for (ComputeNameRule rule : new ComputeNameRule[] {ComputeNameRule.COMPUTE, ComputeNameRule.INFERENCE_CLUSTER}) {
                ValidationResult result = rule.validate(name);
                boolean serviceAccepts = ComputeNameRule.serviceAccepts(name);
                if (result.isValid()) {
                    accepted++;
                    assertThat(serviceAccepts).as("service accepts form-valid name '%s'", name).isTrue();
                }
                if (!serviceAccepts) {
                    serviceRejected++;
                    assertThat(result.isValid()).as("form rejects service-invalid name '%s'", name).isFalse();
                    assertThat(result.message()).as("message for '%s'", name).isNotBlank();
                }
            }
        }
        // Guard against a generator that never exercises one side of the property.
        assertThat(accepted).isGreaterThan(1_000);
        assertThat(serviceRejected).isGreaterThan(1_000);
    }
}

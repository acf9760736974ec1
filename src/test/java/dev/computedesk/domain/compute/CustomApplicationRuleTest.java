package dev.computedesk.domain.compute;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustomApplicationRuleTest {
    @Test
    void portsAreThoseAzureMlsClientsAccept() {
        assertThat(CustomApplicationRule.port("1025").message()).isEqualTo(CustomApplicationRule.portRange());
        assertThat(CustomApplicationRule.port("1026").isValid()).isTrue();
        assertThat(CustomApplicationRule.port(" 8787 ").isValid()).isTrue();
        assertThat(CustomApplicationRule.port("65534").isValid()).isTrue();
        assertThat(CustomApplicationRule.port("65535").message()).isEqualTo(CustomApplicationRule.portRange());
        assertThat(CustomApplicationRule.port("-8787").message()).isEqualTo(CustomApplicationRule.portRange());
        assertThat(CustomApplicationRule.port("8787.0").message()).isEqualTo("Enter a whole number");
        assertThat(CustomApplicationRule.port("").message()).isEqualTo("Enter a whole number");
    }

    @Test
    void aPublishedPortIsUsedOncePerInstance() {
        assertThat(CustomApplicationRule.publishedPort("8787", List.of(8787)).message())
                .startsWith("Port 8787 is already published");
        assertThat(CustomApplicationRule.publishedPort("8788", List.of(8787)).isValid()).isTrue();
        assertThat(CustomApplicationRule.publishedPort("80", List.of()).message())
                .isEqualTo(CustomApplicationRule.portRange());
    }

    @Test
    void namesAreRequiredAndUniqueIgnoringCase() {
        assertThat(CustomApplicationRule.name(" ", List.of()).message()).isEqualTo("Enter the application's name");
        assertThat(CustomApplicationRule.name("r studio", List.of()).message())
                .isEqualTo("The application's name cannot contain spaces");
        assertThat(CustomApplicationRule.name("RStudio", List.of("rstudio")).message())
                .isEqualTo("Another application of this instance is named 'RStudio'");
        assertThat(CustomApplicationRule.name("rstudio", List.of("jupyter")).isValid()).isTrue();
    }

    @Test
    void imagesVariablesAndMountPaths() {
        assertThat(CustomApplicationRule.image("").message()).startsWith("Enter the Docker image");
        assertThat(CustomApplicationRule.image("my image").message()).isEqualTo("A Docker image reference has no spaces");
        assertThat(CustomApplicationRule.variableName("1ST", List.of()).message())
                .isEqualTo("Use letters, digits and '_', not starting with a digit");
        assertThat(CustomApplicationRule.variableName("TZ", List.of("TZ")).message()).isEqualTo("TZ is already set");
        assertThat(CustomApplicationRule.variableName("_TZ2", List.of()).isValid()).isTrue();
        assertThat(CustomApplicationRule.mountPath("data", "host path").message())
                .isEqualTo("The host path must be an absolute path (starting with /)");
        assertThat(CustomApplicationRule.mountPath("/data", "host path").isValid()).isTrue();
        assertThat(CustomApplicationRule.endpointCount(0).isValid()).isFalse();
        assertThat(CustomApplicationRule.endpointCount(1).isValid()).isTrue();
    }
}

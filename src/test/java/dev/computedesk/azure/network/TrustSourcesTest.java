package dev.computedesk.azure.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.computedesk.testing.TestCa;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust of the app's TLS connections: the JDK's, the system's, and the company CA file on top. */
class TrustSourcesTest {
    @TempDir
    Path dir;

    @Test
    void theCompanyCaIsTrustedBesidesTheJdksAndTheSystemsOwn() throws Exception {
        TestCa ca = TestCa.create(dir);
        List<X509Certificate> company = TrustSources.pem(ca.caPem());
        var withCompany = Arrays.asList(TrustSources.build(ca.caPem()).getAcceptedIssuers());
        var without = Arrays.asList(TrustSources.build(null).getAcceptedIssuers());

        assertThat(withCompany).containsAll(company);
        assertThat(without).doesNotContainAnyElementsOf(company);
        assertThat(without).isNotEmpty();
        assertThat(withCompany).hasSize(without.size() + 1);
    }

    @Test
    void theLinuxBundleIsReadWhereTheDistributionKeepsIt() {
        boolean bundle = TrustSources.LINUX_BUNDLES.stream().anyMatch(Files::isReadable);
        List<X509Certificate> system = TrustSources.operatingSystem("Linux");
        assertThat(system.isEmpty()).isEqualTo(!bundle);
    }

    @Test
    void aFileWithoutACertificateIsAnErrorNotSilentlyIgnored() throws Exception {
        Path notPem = Files.writeString(dir.resolve("notes.pem"), "no certificate here");
        assertThatThrownBy(() -> TrustSources.build(notPem)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> TrustSources.build(dir.resolve("missing.pem"))).isInstanceOf(
                java.io.IOException.class);
    }
}

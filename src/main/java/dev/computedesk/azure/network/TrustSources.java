package dev.computedesk.azure.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificates a TLS connection is checked against, in one PKIX trust manager: the JDK's own
 * ({@code cacerts}), the operating system's store (Windows {@code Windows-ROOT}, macOS {@code KeychainStore}, on
 * Linux the distribution's CA bundle), and a PEM file the user chose (a company's TLS-inspecting CA). A store that
 * cannot be read is left out and logged; a chosen PEM file that cannot be read fails, so the user hears of it.
 */
final class TrustSources {
    /** Debian/Ubuntu, then Fedora/RHEL: where Linux distributions keep the system's CA bundle. */
    static final List<Path> LINUX_BUNDLES = List.of(Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"));

    private static final Logger LOG = LoggerFactory.getLogger(TrustSources.class);

    private TrustSources() {
    }

    /** The trust manager over the JDK's, the system's and {@code caFile}'s certificates ({@code caFile} may be null). */
    static X509ExtendedTrustManager build(Path caFile) throws GeneralSecurityException, IOException {
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        List<X509Certificate> all = new ArrayList<>(jdkDefault());
        all.addAll(operatingSystem(System.getProperty("os.name", "")));
        if (caFile != null) {
            all.addAll(pem(caFile));
        }
        int n = 0;
        for (X509Certificate certificate : all) {
            anchors.setCertificateEntry("anchor-" + n++, certificate);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in " + factory.getAlgorithm());
    }

    /** The certificates of a PEM file (one or more {@code BEGIN CERTIFICATE} blocks). */
    static List<X509Certificate> pem(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : read) {
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
            if (certificates.isEmpty()) {
                throw new GeneralSecurityException("no certificate in " + file);
            }
            return certificates;
        }
    }

    private static List<X509Certificate> jdkDefault() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        List<X509Certificate> certificates = new ArrayList<>();
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                certificates.addAll(List.of(extended.getAcceptedIssuers()));
            }
        }
        return certificates;
    }

    /** The operating system's trusted roots; empty (logged) where they cannot be read. */
    static List<X509Certificate> operatingSystem(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        try {
            if (os.contains("win")) {
                return keyStore("Windows-ROOT");
            }
            if (os.contains("mac")) {
                return keyStore("KeychainStore");
            }
            for (Path bundle : LINUX_BUNDLES) {
                if (Files.isReadable(bundle)) {
                    return pem(bundle);
                }
            }
            LOG.info("No system CA bundle found ({}); the JDK's certificates are used", LINUX_BUNDLES);
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("The system's trusted certificates could not be read ({}); the JDK's are used", e.toString());
        }
        return List.of();
    }

    private static List<X509Certificate> keyStore(String type) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        List<X509Certificate> certificates = new ArrayList<>();
        for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements(); ) {
            if (store.getCertificate(aliases.nextElement()) instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        return certificates;
    }
}

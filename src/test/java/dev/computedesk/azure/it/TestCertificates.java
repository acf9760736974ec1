package dev.computedesk.azure.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A self-signed PKCS#12 keystore for 127.0.0.1 made with the JDK's keytool, and an SSLContext trusting it. */
final class TestCertificates {
    static final char[] PASSWORD = "test-only-keystore".toCharArray();

    private TestCertificates() {
    }

    /** Runs {@code keytool -genkeypair -ext san=ip:127.0.0.1} into {@code dir/emulator.p12}. */
    static Path keystore(Path dir) throws Exception {
        Path keystore = dir.resolve("emulator.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "emulator", "-keyalg", "EC", "-groupname",
                "secp256r1", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype",
                "PKCS12", "-keystore", keystore.toString(), "-storepass", new String(PASSWORD), "-keypass",
                new String(PASSWORD)).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return keystore;
    }

    /** A TLS context that trusts the keystore's certificate. */
    static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext trust = SSLContext.getInstance("TLS");
        trust.init(null, tmf.getTrustManagers(), null);
        return trust;
    }
}

package dev.computedesk.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority made for one test run with the JDK's {@code keytool}, and a server keystore for
 * 127.0.0.1 (subject alternative name {@code ip:127.0.0.1}) signed by it: what a company's TLS-inspecting CA looks
 * like to the app. Nothing is committed; the keys live in the test's temporary folder.
 *
 * @param caPem          the CA's certificate, PEM (what the user picks as the company CA file)
 * @param serverKeystore the PKCS#12 keystore the emulator serves HTTPS with (key, certificate and chain)
 */
public record TestCa(Path caPem, Path serverKeystore) {
    /** The password of both keystores (test only). */
    public static final char[] PASSWORD = "test-only-keystore".toCharArray();

    /** Makes a CA and a server certificate for 127.0.0.1 signed by it, in {@code dir}. */
    public static TestCa create(Path dir) throws Exception {
        String ca = dir.resolve("ca.p12").toString();
        String server = dir.resolve("server.p12").toString();
        Path caPem = dir.resolve("ca.pem");
        String csr = dir.resolve("server.csr").toString();
        String serverPem = dir.resolve("server.pem").toString();
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=Compute Desk Test CA", "-ext", "bc:c", "-keystore", ca);
        KeyStore caStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(ca))) {
            caStore.load(in, PASSWORD);
        }
        String caCertificate = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(
                StandardCharsets.US_ASCII)).encodeToString(caStore.getCertificate("ca").getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Files.writeString(caPem, caCertificate, StandardCharsets.US_ASCII);
        keytool("-genkeypair", "-alias", "emulator", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-keystore", server);
        keytool("-certreq", "-alias", "emulator", "-keystore", server, "-file", csr);
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-infile", csr, "-outfile", serverPem,
                "-validity", "2", "-ext", "san=ip:127.0.0.1");
        // The CA-signed certificate with its chain replaces the self-signed one the key pair was made with.
        Path chain = dir.resolve("chain.pem");
        Files.writeString(chain, Files.readString(Path.of(serverPem)) + caCertificate, StandardCharsets.US_ASCII);
        keytool("-importcert", "-noprompt", "-alias", "emulator", "-file", chain.toString(), "-keystore", server);
        return new TestCa(caPem, Path.of(server));
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", new String(PASSWORD)));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keypass", new String(PASSWORD)));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}

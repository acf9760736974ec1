package dev.computedesk.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a PKCS#12 keystore, loopback binding, and the LARGE seed. */
class HttpsAndSeedTest {
    @TempDir
    Path dir;

    @Test
    void servesHttpsWithAPkcs12Keystore() throws Exception {
        Path keystore = dir.resolve("emulator.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "emulator", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        EmulatorConfig config = EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL)
                .withHttps(keystore, "changeit".toCharArray());
        try (Emulator emulator = Emulator.start(config)) {
            assertThat(emulator.baseUrl().toString()).startsWith("https://127.0.0.1:").endsWith("/");
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            HttpResponse<String> res = HttpClient.newBuilder().sslContext(trustAll).build().send(
                    HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "subscriptions?api-version=2022-12-01"))
                            .header("Authorization", "Bearer " + emulator.token()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.body()).contains(DemoSeed.SUBSCRIPTION_NAME);
        }
    }

    @Test
    void bindsTheLoopbackAddressOnly() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults())) {
            assertThat(emulator.baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(emulator.port()).isPositive();
            java.net.InetSocketAddress bound = emulator.boundAddress();
            assertThat(bound.getAddress().isAnyLocalAddress()).isFalse();
            assertThat(bound.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void theLargeSeedHoldsTenThousandComputesAndAThousandNodeCluster() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.defaults().withSeed(Seed.LARGE)
                .withClockMode(ClockMode.MANUAL).withThrottling(false))) {
            ArmTestClient arm = new ArmTestClient(emulator);
            arm.checkConformance = false;
            int count = 0;
            String next = ArmTestClient.ml(ArmTestClient.computes(DemoSeed.LARGE_WORKSPACE));
            while (next != null) {
                var page = arm.get(next);
                count += page.body().path("value").size();
                next = page.body().path("nextLink").asText(null);
            }
            assertThat(count).isEqualTo(DemoSeed.LARGE_COMPUTE_COUNT);
            var cluster = arm.get(ArmTestClient.ml(ArmTestClient.compute(DemoSeed.LARGE_WORKSPACE, DemoSeed.LARGE_CLUSTER)));
            Conformance.check(cluster);
            assertThat(cluster.body().at("/properties/properties/currentNodeCount").asInt())
                    .isEqualTo(DemoSeed.LARGE_NODE_COUNT);
        }
    }
}

package dev.computedesk.azure.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.AzureConnection;
import dev.computedesk.azure.connect.ConnectionFactory;
import dev.computedesk.azure.connection.ConnectionKind;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.azure.network.Network;
import dev.computedesk.azure.network.NetworkSettings;
import dev.computedesk.emulator.ClockMode;
import dev.computedesk.emulator.DemoSeed;
import dev.computedesk.emulator.Emulator;
import dev.computedesk.emulator.EmulatorConfig;
import dev.computedesk.settings.ProxyMode;
import dev.computedesk.testing.ConnectProxy;
import dev.computedesk.testing.EmulatorFixture;
import dev.computedesk.testing.TestCa;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * A company network on 127.0.0.1: the emulator serves HTTPS with a certificate from a CA made here (as a
 * TLS-inspecting proxy's CA would be), and an HTTP proxy in the test tunnels to it with {@code CONNECT}. The app's own
 * client-building code ({@link ConnectionFactory} on a {@link Network}) connects through it once the CA's PEM file is
 * the company CA file; without that file, through a proxy that wants a password, through a proxy that is not there,
 * and with no proxy, the user hears what went wrong and where.
 */
class ProxyAndTrustTest {
    @TempDir
    static Path dir;
    private static Emulator emulator;
    private static TestCa ca;
    private static final WorkspaceRef WORKSPACE = new WorkspaceRef(DemoSeed.SUBSCRIPTION_ID, DemoSeed.RESOURCE_GROUP,
            DemoSeed.WORKSPACE, DemoSeed.LOCATION);

    @BeforeAll
    static void start() throws Exception {
        ca = TestCa.create(dir);
        emulator = Emulator.start(EmulatorConfig.defaults().withClockMode(ClockMode.MANUAL).withThrottling(false)
                .withHttps(ca.serverKeystore(), TestCa.PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** The emulator's token, as an identity provider would hand it out. */
    private static TokenCredential identity() {
        return request -> Mono.just(new AccessToken(emulator.token(), OffsetDateTime.now().plusHours(1)));
    }

    /** A connection built by the app's factory on a network with {@code settings}; loopback goes through the proxy. */
    private static AzureConnection connect(NetworkSettings settings, String password) {
        Network network = new Network(settings.withProxyLoopback(true), Map.of(), null);
        network.setProxyPassword(password);
        return new ConnectionFactory(EmulatorFixture.testOptions().withMaxRetries(0).withNetwork(network))
                .azure(ConnectionKind.BROWSER, identity(), ConnectionFactory.environmentFor(emulator.baseUrl()),
                        DemoSeed.TENANT_ID);
    }

    private static NetworkSettings manual(String proxyUrl, String user, Path caFile) {
        return new NetworkSettings(ProxyMode.MANUAL, URI.create(proxyUrl), user, caFile, false);
    }

    private static String emulatorAddress() {
        return "127.0.0.1:" + emulator.baseUrl().getPort();
    }

    @Test
    void throughAProxyWithTheCompanyCaFileTheEmulatorIsReachedOverHttps() throws Exception {
        assertThat(emulator.baseUrl().getScheme()).isEqualTo("https");
        try (ConnectProxy proxy = ConnectProxy.open()) {
            AzureConnection c = connect(manual(proxy.url(), null, ca.caPem()), null);

            assertThat(c.subscriptions().listSubscriptions()).isNotEmpty();
            assertThat(c.computes().list(WORKSPACE)).isNotEmpty();
            assertThat(proxy.requests()).isNotEmpty()
                    .allMatch(line -> line.equals("CONNECT " + emulatorAddress() + " HTTP/1.1"));
        }
    }

    @Test
    void withoutTheCompanyCaFileTheCertificateIsNotTrustedAndTheHostIsNamed() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            AzureConnection c = connect(manual(proxy.url(), null, null), null);

            assertThatThrownBy(() -> c.computes().list(WORKSPACE)).isInstanceOfSatisfying(ArmException.class, e -> {
                assertThat(e.code()).isEqualTo("CertificateNotTrusted");
                assertThat(e.armMessage()).startsWith("The certificate of 127.0.0.1 is not trusted")
                        .contains(proxy.url().substring("http://".length()))
                        .contains("Settings → Company CA file");
            });
            assertThat(proxy.requests()).contains("CONNECT " + emulatorAddress() + " HTTP/1.1");
        }
    }

    @Test
    void aProxyThatAsksForAPasswordRefusesWithoutOneAndTunnelsWithIt() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.requiring("alice", "pa ss:wörd")) {
            String proxyAddress = proxy.url().substring("http://".length());
            AzureConnection anonymous = connect(manual(proxy.url(), null, ca.caPem()), null);
            assertThatThrownBy(() -> anonymous.computes().list(WORKSPACE))
                    .isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.code()).isEqualTo("ProxyAuthenticationRequired");
                        assertThat(e.armMessage()).contains("The proxy " + proxyAddress)
                                .contains("(407)").contains("127.0.0.1").contains("Settings → Proxy");
                    });
            assertThat(proxy.authorizations()).isEmpty();

            AzureConnection wrong = connect(manual(proxy.url(), "alice", ca.caPem()), "guess");
            assertThatThrownBy(() -> wrong.computes().list(WORKSPACE))
                    .isInstanceOfSatisfying(ArmException.class,
                            e -> assertThat(e.code()).isEqualTo("ProxyAuthenticationRequired"));

            AzureConnection signedIn = connect(manual(proxy.url(), "alice", ca.caPem()), "pa ss:wörd");
            assertThat(signedIn.computes().list(WORKSPACE)).isNotEmpty();
            assertThat(proxy.authorizations()).contains("Basic " + Base64.getEncoder()
                    .encodeToString("alice:pa ss:wörd".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aProxyThatIsNotThereIsNamedAsRefusingTheConnection() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        AzureConnection c = connect(manual("http://127.0.0.1:" + closedPort, null, ca.caPem()), null);

        assertThatThrownBy(() -> c.computes().list(WORKSPACE)).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.code()).isEqualTo("ProxyRefused");
            assertThat(e.armMessage()).isEqualTo("The proxy 127.0.0.1:" + closedPort + " refused the connection to"
                    + " 127.0.0.1. Check the proxy in Settings → Proxy.");
        });
    }

    @Test
    void noProxyGoesDirectlyEvenWithAProxyUrlSaved() throws Exception {
        try (ConnectProxy proxy = ConnectProxy.open()) {
            NetworkSettings none = new NetworkSettings(ProxyMode.NONE, URI.create(proxy.url()), null, ca.caPem(),
                    false);
            AzureConnection c = connect(none, null);

            assertThat(c.computes().list(WORKSPACE)).isNotEmpty();
            assertThat(proxy.requests()).isEmpty();
        }
    }
}

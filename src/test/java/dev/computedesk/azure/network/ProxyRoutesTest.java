package dev.computedesk.azure.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.computedesk.settings.Preferences;
import dev.computedesk.settings.ProxyMode;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which proxy each request goes through, and with which credentials, per mode, environment and host. */
class ProxyRoutesTest {
    private static final URI ARM = URI.create("https://management.azure.com/subscriptions");
    private static final URI EMULATOR = URI.create("https://127.0.0.1:4711/subscriptions");

    private static Network network(NetworkSettings settings, Map<String, String> env, ProxySelector system) {
        return new Network(settings, env, system);
    }

    private static NetworkSettings settings(ProxyMode mode, String proxy, String user) {
        return new NetworkSettings(mode, proxy == null ? null : URI.create(proxy), user, null, false);
    }

    private static Optional<String> address(Network network, URI uri) {
        return network.proxyFor(uri).map(a -> a.getHostString() + ":" + a.getPort());
    }

    /** A selector standing for the operating system's proxy settings. */
    private static ProxySelector system(String host, int port) {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, java.io.IOException ioe) {
            }
        };
    }

    @Test
    void manualSendsEverythingButLoopbackThroughTheProxy() {
        Network n = network(settings(ProxyMode.MANUAL, "http://proxy.corp:8080", null), Map.of(), null);
        assertThat(address(n, ARM)).contains("proxy.corp:8080");
        assertThat(address(n, EMULATOR)).isEmpty();
        assertThat(address(n, URI.create("http://localhost:8080/"))).isEmpty();
        assertThat(address(n, URI.create("https://[::1]:8443/"))).isEmpty();
        n.apply(n.settings().withProxyLoopback(true));
        assertThat(address(n, EMULATOR)).contains("proxy.corp:8080");
    }

    @Test
    void noneIsDirectWhateverTheEnvironmentAndSystemSay() {
        Network n = network(settings(ProxyMode.NONE, "http://proxy.corp:8080", null),
                Map.of("HTTPS_PROXY", "http://env-proxy:3128"), system("os-proxy", 8080));
        assertThat(address(n, ARM)).isEmpty();
    }

    @Test
    void systemTakesTheOperatingSystemsProxyFirst() {
        Network n = network(NetworkSettings.system(), Map.of("HTTPS_PROXY", "http://env-proxy:3128"),
                system("os-proxy", 8080));
        assertThat(address(n, ARM)).contains("os-proxy:8080");
        assertThat(address(n, EMULATOR)).isEmpty();
    }

    @Test
    void systemFallsBackToHttpsProxyAndHonoursNoProxy() {
        Map<String, String> env = Map.of("https_proxy", "env-proxy:3128",
                "NO_PROXY", "internal.corp, .blob.core.windows.net,10.1.2.3:443");
        Network n = network(NetworkSettings.system(), env, null);
        assertThat(address(n, ARM)).contains("env-proxy:3128");
        assertThat(address(n, URI.create("https://internal.corp/"))).isEmpty();
        assertThat(address(n, URI.create("https://git.internal.corp/"))).isEmpty();
        assertThat(address(n, URI.create("https://acct.blob.core.windows.net/"))).isEmpty();
        assertThat(address(n, URI.create("https://10.1.2.3/"))).isEmpty();
        assertThat(address(n, URI.create("https://10.1.2.3:8443/"))).contains("env-proxy:3128");
        assertThat(address(n, URI.create("https://notinternal.corp/"))).contains("env-proxy:3128");
        assertThat(address(network(NetworkSettings.system(), Map.of("HTTPS_PROXY", "http://p:1", "no_proxy", "*"),
                null), ARM)).isEmpty();
    }

    @Test
    void theProxyPasswordGoesOnlyToTheProxyThatWasConfigured() {
        ProxyRoutes routes = new ProxyRoutes(() -> settings(ProxyMode.MANUAL, "http://proxy.corp:8080", "alice"),
                Map.of(), null);
        String[] password = {null};
        ProxyAuthorization manual = new ProxyAuthorization(
                () -> settings(ProxyMode.MANUAL, "http://proxy.corp:8080", "alice"), () -> password[0], routes);
        assertThat(manual.headerFor(ARM)).isEmpty();
        password[0] = "s3cret";
        assertThat(manual.headerFor(ARM)).contains("Basic " + base64("alice:s3cret"));
        assertThat(manual.headerFor(EMULATOR)).isEmpty();

        NetworkSettings system = NetworkSettings.system();
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://bob:p%40ss@env-proxy:3128", "NO_PROXY", "corp");
        ProxyRoutes envRoutes = new ProxyRoutes(() -> system, env, null);
        ProxyAuthorization fromEnv = new ProxyAuthorization(() -> system, () -> "unused", envRoutes);
        assertThat(fromEnv.headerFor(ARM)).contains("Basic " + base64("bob:p@ss"));
        assertThat(fromEnv.headerFor(URI.create("https://x.corp/"))).isEmpty();
        // The operating system's proxy is not the environment's: it does not get the environment's password.
        ProxyRoutes osRoutes = new ProxyRoutes(() -> system, env, system("os-proxy", 8080));
        assertThat(new ProxyAuthorization(() -> system, () -> "unused", osRoutes).headerFor(ARM)).isEmpty();
    }

    @Test
    void aProxyUserNeedsBasicOnTunnelsButNoUserDoesNot() {
        assertThat(StartupProperties.needsBasicOnTunnels(settings(ProxyMode.MANUAL, "http://p:8080", "alice"),
                Map.of())).isTrue();
        assertThat(StartupProperties.needsBasicOnTunnels(settings(ProxyMode.MANUAL, "http://p:8080", null),
                Map.of())).isFalse();
        assertThat(StartupProperties.needsBasicOnTunnels(NetworkSettings.system(),
                Map.of("HTTPS_PROXY", "http://bob:pw@p:3128"))).isTrue();
        assertThat(StartupProperties.needsBasicOnTunnels(settings(ProxyMode.NONE, null, null),
                Map.of("HTTPS_PROXY", "http://bob:pw@p:3128"))).isFalse();
    }

    @Test
    void settingsComeFromThePreferencesWithoutAPassword() {
        Preferences p = new Preferences("en", "light", ProxyMode.MANUAL, "http://proxy.corp:8080", null, " alice ",
                "/etc/company.pem");
        NetworkSettings s = NetworkSettings.from(p);
        assertThat(s.proxy()).isEqualTo(URI.create("http://proxy.corp:8080"));
        assertThat(s.proxyUser()).isEqualTo("alice");
        assertThat(s.caFile()).hasToString("/etc/company.pem");
        assertThat(s.proxyLoopback()).isFalse();
        assertThat(s.manualProxyWithUser()).isTrue();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

package dev.computedesk.azure.network;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.Configuration;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The network the app's HTTP clients use: a {@link ProxySelector}, the proxy's credentials and an
 * {@link SSLContext}, each reading the current {@link NetworkSettings}, so a change saved in the
 * settings window applies to the next connection made without rebuilding the clients. The one place
 * {@code java.net.http} clients are configured from: azure-core's pipeline and azure-identity's credentials.
 *
 * <p>The proxy password is held here in memory (the keychain keeps it between runs, see {@code ProxyPasswords});
 * it is never logged and never written to the settings file. Thread-safe.
 */
public final class Network {
    private volatile NetworkSettings settings;
    private volatile String proxyPassword;
    private final ProxyRoutes routes;
    private final ProxyAuthorization authorization;
    private final SSLContext sslContext;

    /**
     * @param settings    the settings to start with
     * @param environment the process environment ({@code HTTPS_PROXY}, {@code NO_PROXY}, …)
     * @param system      the JDK's proxy selector (the operating system's proxy), or null
     */
    public Network(NetworkSettings settings, Map<String, String> environment, ProxySelector system) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.routes = new ProxyRoutes(() -> this.settings, environment, system);
        this.authorization = new ProxyAuthorization(() -> this.settings, () -> proxyPassword, routes);
        try {
            this.sslContext = SSLContext.getInstance("TLS");
            sslContext.init(null, new TrustManager[] {new LiveTrust(() -> this.settings.caFile())}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JDK", e);
        }
    }

    /** This process's network: its environment and the JDK's selector of the operating system's proxy. */
    public static Network forThisProcess(NetworkSettings settings) {
        return new Network(settings, System.getenv(), ProxySelector.getDefault());
    }

    /** The settings in use. */
    public NetworkSettings settings() {
        return settings;
    }

    /** Uses {@code newSettings} from the next request on (a changed CA file is read at the next handshake). */
    public void apply(NetworkSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "newSettings");
    }

    /** The manual proxy's password (null: none); held in memory only. */
    public void setProxyPassword(String password) {
        this.proxyPassword = password == null || password.isEmpty() ? null : password;
    }

    /**
     * azure-core's HTTP client on this network: a JDK client with the proxy and the TLS trust, that adds the proxy's
     * credentials to each request ({@link ProxyAuthorization}). No azure-core configuration: the network reads
     * {@code HTTPS_PROXY} / {@code NO_PROXY} itself (in system mode only), so "None" and "Manual" are not overridden
     * by the environment.
     *
     * @param trust a fixed TLS trust instead of the network's (a test's own certificate), or null
     */
    public HttpClient httpClient(SSLContext trust) {
        java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder().proxy(routes)
                .sslContext(trust != null ? trust : sslContext);
        return new ProxyAuthorizingClient(new JdkHttpClientBuilder(jdk).configuration(Configuration.NONE)
                .connectionTimeout(Duration.ofSeconds(20)).responseTimeout(Duration.ofSeconds(120)).build(),
                authorization);
    }

    /** The proxy a request to {@code uri} goes through now, or empty when it goes directly. */
    public Optional<InetSocketAddress> proxyFor(URI uri) {
        return routes.route(uri);
    }
}

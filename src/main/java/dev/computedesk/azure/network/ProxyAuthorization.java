package dev.computedesk.azure.network;

import dev.computedesk.settings.ProxyMode;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code Proxy-Authorization} value a request carries: Basic with the manual proxy's user and password, or in
 * system mode with the user and password of the environment's proxy URL; only when the request goes through that
 * very proxy.
 *
 * <p>Why a header and not a {@link java.net.Authenticator}: a {@code java.net.http} client that has an authenticator
 * drops every {@code Authorization} header the caller sets (the JDK's "context restricted" headers), and the bearer
 * token of every ARM call is such a header. A {@code Proxy-Authorization} header set by the caller is copied by the
 * JDK into the {@code CONNECT} of an HTTPS tunnel (when {@code jdk.http.auth.tunneling.disabledSchemes} allows Basic,
 * {@link StartupProperties}) and never sent on through the tunnel to the server.
 */
final class ProxyAuthorization {
    private final Supplier<NetworkSettings> settings;
    private final Supplier<String> manualPassword;
    private final ProxyRoutes routes;

    ProxyAuthorization(Supplier<NetworkSettings> settings, Supplier<String> manualPassword, ProxyRoutes routes) {
        this.settings = settings;
        this.manualPassword = manualPassword;
        this.routes = routes;
    }

    /** The header's value for a request to {@code uri}, or empty when it needs none. */
    Optional<String> headerFor(URI uri) {
        Optional<InetSocketAddress> route = routes.route(uri);
        if (route.isEmpty()) {
            return Optional.empty();
        }
        NetworkSettings now = settings.get();
        if (now.mode() == ProxyMode.MANUAL) {
            String password = manualPassword.get();
            return now.manualProxyWithUser() && password != null
                    ? Optional.of(basic(now.proxyUser(), password)) : Optional.empty();
        }
        return routes.environmentProxy(uri)
                .filter(proxy -> proxy.user() != null && proxy.address().equals(route.get()))
                .map(proxy -> basic(proxy.user(), proxy.password() == null ? "" : proxy.password()));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}

package dev.computedesk.azure.network;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy the environment names for a scheme, as curl and most command-line tools read it: {@code https_proxy} or
 * {@code HTTPS_PROXY} for https, {@code http_proxy} or {@code HTTP_PROXY} for http (the lower-case name first), a URL
 * such as {@code http://user:password@proxy:8080} or just {@code proxy:8080}; {@code NO_PROXY} / {@code no_proxy}
 * lists the hosts reached directly.
 *
 * @param address  the proxy's host and port (unresolved)
 * @param user     the user in the URL, or null
 * @param password the password in the URL, or null (held in memory only, never logged)
 */
record EnvironmentProxy(InetSocketAddress address, String user, String password) {

    @Override
    public String toString() {
        return "EnvironmentProxy[" + address.getHostString() + ":" + address.getPort() + "]";
    }

    /** The proxy the environment gives for {@code scheme} and {@code host:port}, if any and not bypassed. */
    static Optional<EnvironmentProxy> forTarget(Map<String, String> env, String scheme, String host, int port) {
        String name = "https".equalsIgnoreCase(scheme) ? "https_proxy" : "http_proxy";
        String value = first(env, name, name.toUpperCase(Locale.ROOT));
        if (value == null || NoProxyRules.parse(first(env, "no_proxy", "NO_PROXY")).bypasses(host, port)) {
            return Optional.empty();
        }
        return parse(value);
    }

    /** A proxy URL ({@code http://[user[:password]@]host[:port]}, the scheme optional, port 80 by default). */
    static Optional<EnvironmentProxy> parse(String value) {
        String text = value.strip();
        try {
            URI uri = URI.create(text.contains("://") ? text : "http://" + text);
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() > 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
            }
            return Optional.of(new EnvironmentProxy(InetSocketAddress.createUnresolved(uri.getHost(), port), user,
                    password));
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }

    private static String first(Map<String, String> env, String lower, String upper) {
        String value = env.get(lower);
        if (value == null || value.isBlank()) {
            value = env.get(upper);
        }
        return value == null || value.isBlank() ? null : value;
    }
}

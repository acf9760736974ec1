package dev.computedesk.azure.network;

import dev.computedesk.settings.ProxyMode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link ProxySelector} of the app's HTTP clients, reading the current {@link NetworkSettings} on every request
 * (a change in the settings window applies to the next connection made): loopback always direct (unless the
 * settings say otherwise); {@link ProxyMode#NONE} direct; {@link ProxyMode#MANUAL} the manual proxy;
 * {@link ProxyMode#SYSTEM} what the JDK reads from the operating system ({@code java.net.useSystemProxies}), and
 * where that is direct, the {@link EnvironmentProxy environment's} {@code HTTPS_PROXY} and {@code NO_PROXY}.
 */
final class ProxyRoutes extends ProxySelector {
    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

    private final Supplier<NetworkSettings> settings;
    private final Map<String, String> environment;
    private final ProxySelector system;

    /**
     * @param system the JDK's selector ({@code ProxySelector.getDefault()}), or null where there is none
     */
    ProxyRoutes(Supplier<NetworkSettings> settings, Map<String, String> environment, ProxySelector system) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.system = system;
    }

    @Override
    public List<Proxy> select(URI uri) {
        return route(uri).map(address -> List.of(new Proxy(Proxy.Type.HTTP, address))).orElse(DIRECT);
    }

    /** The proxy a request to {@code uri} goes through, or empty when it goes directly. */
    Optional<InetSocketAddress> route(URI uri) {
        NetworkSettings now = settings.get();
        String host = uri.getHost();
        if (host == null || !now.proxyLoopback() && NoProxyRules.isLoopback(host)) {
            return Optional.empty();
        }
        switch (now.mode()) {
            case MANUAL:
                return Optional.ofNullable(now.proxy()).map(ProxyRoutes::address);
            case SYSTEM:
                Optional<InetSocketAddress> fromSystem = fromSystem(uri);
                return fromSystem.isPresent() ? fromSystem
                        : environmentProxy(uri).map(EnvironmentProxy::address);
            default:
                return Optional.empty();
        }
    }

    /** The environment's proxy for {@code uri} (system mode only), with its user and password if the URL has them. */
    Optional<EnvironmentProxy> environmentProxy(URI uri) {
        if (settings.get().mode() != ProxyMode.SYSTEM || uri.getHost() == null) {
            return Optional.empty();
        }
        return EnvironmentProxy.forTarget(environment, uri.getScheme(), uri.getHost(), port(uri));
    }

    private Optional<InetSocketAddress> fromSystem(URI uri) {
        if (system == null) {
            return Optional.empty();
        }
        for (Proxy proxy : system.select(uri)) {
            // java.net.http speaks only to HTTP proxies: a SOCKS proxy from the system is not usable by it.
            if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress address) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // Nothing to fall back to: the failure is reported to the user with the proxy's name (ConnectionFailures).
    }

    static InetSocketAddress address(URI proxy) {
        int port = proxy.getPort() > 0 ? proxy.getPort() : ("https".equalsIgnoreCase(proxy.getScheme()) ? 443 : 80);
        return InetSocketAddress.createUnresolved(proxy.getHost(), port);
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : ("http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443);
    }
}

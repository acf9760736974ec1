package dev.computedesk.azure.network;

import dev.computedesk.settings.ProxyMode;

import java.util.Locale;
import java.util.Map;

/**
 * The two JDK networking properties that are read once, when the JDK's networking first starts, and so are set at the
 * app's start, before any connection (a value given with {@code -D} is kept):
 * <ul>
 * <li>{@code java.net.useSystemProxies=true}: the JDK's proxy selector asks the operating system (the Windows and
 * macOS proxy settings; on Linux GNOME's settings only), for {@code ProxyMode.SYSTEM};</li>
 * <li>{@code jdk.http.auth.tunneling.disabledSchemes=""} when a proxy user is configured (the manual proxy's, or
 * one in {@code HTTPS_PROXY}): by default the JDK refuses to send Basic credentials to a proxy for an HTTPS tunnel
 * ({@code CONNECT}), which is exactly what a company proxy asks for on every Azure call. The default protects a
 * password from a proxy reached in clear text; here the user chose that proxy and gave it the password.</li>
 * </ul>
 */
public final class StartupProperties {
    static final String SYSTEM_PROXIES = "java.net.useSystemProxies";
    static final String TUNNELING_DISABLED = "jdk.http.auth.tunneling.disabledSchemes";

    private StartupProperties() {
    }

    /** Sets both properties as {@code settings} and {@code environment} need; call before any connection. */
    public static void apply(NetworkSettings settings, Map<String, String> environment) {
        System.getProperties().putIfAbsent(SYSTEM_PROXIES, "true");
        if (needsBasicOnTunnels(settings, environment)) {
            System.getProperties().putIfAbsent(TUNNELING_DISABLED, "");
        }
    }

    /** Whether a proxy user is configured, whose password must be sent for HTTPS tunnels. */
    static boolean needsBasicOnTunnels(NetworkSettings settings, Map<String, String> environment) {
        if (settings.manualProxyWithUser()) {
            return true;
        }
        return settings.mode() == ProxyMode.SYSTEM && EnvironmentProxy.forTarget(environment, "https",
                "management.azure.com", 443).map(proxy -> proxy.user() != null).orElse(false);
    }

    /**
     * Whether this JVM sends Basic credentials on HTTPS tunnels (false: a proxy password configured after the start
     * is used from the next start on).
     */
    public static boolean basicOnTunnels() {
        String disabled = System.getProperty(TUNNELING_DISABLED);
        return disabled != null && !disabled.toLowerCase(Locale.ROOT).contains("basic");
    }
}

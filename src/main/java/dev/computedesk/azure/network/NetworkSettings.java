package dev.computedesk.azure.network;

import dev.computedesk.settings.Preferences;
import dev.computedesk.settings.ProxyMode;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the network layer is asked to do: how to choose a proxy, the manual proxy and its user, and the company CA
 * file. Never holds the proxy password (that lives in {@link Network} and the keychain).
 *
 * @param mode          system proxy, none, or the manual one
 * @param proxy         the manual proxy ({@code http://host:port}); only used in {@link ProxyMode#MANUAL}
 * @param proxyUser     the manual proxy's user, or null when it asks for none
 * @param caFile        a PEM file of extra trusted certificates (a company's TLS-inspecting CA), or null
 * @param proxyLoopback whether loopback addresses ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}) go through
 *                      the proxy too; false in the app (the local emulator is always reached directly, as browsers
 *                      do), true only where a test routes the emulator through a local proxy
 */
public record NetworkSettings(ProxyMode mode, URI proxy, String proxyUser, Path caFile, boolean proxyLoopback) {

    public NetworkSettings {
        Objects.requireNonNull(mode, "mode");
        proxyUser = proxyUser == null || proxyUser.isBlank() ? null : proxyUser.strip();
    }

    /** The system's proxy, the default trust: what a new settings folder means. */
    public static NetworkSettings system() {
        return new NetworkSettings(ProxyMode.SYSTEM, null, null, null, false);
    }

    /** The network part of the user's preferences (a manual proxy whose URL does not parse is no proxy). */
    public static NetworkSettings from(Preferences preferences) {
        URI proxy = null;
        if (preferences.proxyUrl() != null && !preferences.proxyUrl().isBlank()) {
            try {
                proxy = URI.create(preferences.proxyUrl().strip());
            } catch (IllegalArgumentException unusable) {
                // the settings window never saves such a URL; a hand-edited file is treated as no proxy
            }
        }
        String ca = preferences.caFile();
        return new NetworkSettings(preferences.proxyMode(), proxy, preferences.proxyUser(),
                ca == null || ca.isBlank() ? null : Path.of(ca.strip()), false);
    }

    /** A copy that sends loopback addresses through the proxy too (tests of a local proxy). */
    public NetworkSettings withProxyLoopback(boolean through) {
        return new NetworkSettings(mode, proxy, proxyUser, caFile, through);
    }

    /** True for a manual proxy with a user: its password is needed, and Basic authentication on HTTPS tunnels. */
    public boolean manualProxyWithUser() {
        return mode == ProxyMode.MANUAL && proxy != null && proxyUser != null;
    }
}

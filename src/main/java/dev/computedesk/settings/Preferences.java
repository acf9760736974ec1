package dev.computedesk.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the user chose in the settings window.
 *
 * @param language     {@code en} or {@code ko}, or null until the user chooses (the system's language is used)
 * @param theme        a theme id ({@code light}, {@code dark}, {@code high-contrast}); applied at once
 * @param proxyMode    how connections reach the network (docs/network.md)
 * @param proxyUrl     the proxy for {@link ProxyMode#MANUAL}, else null
 * @param sshKeyFolder where the SSH key file dialogs open, or null for {@code ~/.ssh}
 * @param proxyUser    the manual proxy's user, or null; its password is kept in the OS keychain, never here
 * @param caFile       a PEM file of certificates to trust besides the system's (a company's CA), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Preferences(String language, String theme, ProxyMode proxyMode, String proxyUrl, String sshKeyFolder,
                          String proxyUser, String caFile) {

    /** A new settings folder: the system's language, the light theme, the system's proxy, {@code ~/.ssh}. */
    public static Preferences defaults() {
        return new Preferences(null, "light", ProxyMode.SYSTEM, null, null);
    }

    /** Without a proxy user or a CA file. */
    public Preferences(String language, String theme, ProxyMode proxyMode, String proxyUrl, String sshKeyFolder) {
        this(language, theme, proxyMode, proxyUrl, sshKeyFolder, null, null);
    }

    /** Missing fields (an older file) take the defaults. */
    public Preferences {
        theme = theme == null ? "light" : theme;
        proxyMode = proxyMode == null ? ProxyMode.SYSTEM : proxyMode;
    }

    public Preferences withTheme(String newTheme) {
        return new Preferences(language, newTheme, proxyMode, proxyUrl, sshKeyFolder, proxyUser, caFile);
    }

    public Preferences withLanguage(String newLanguage) {
        return new Preferences(newLanguage, theme, proxyMode, proxyUrl, sshKeyFolder, proxyUser, caFile);
    }
}

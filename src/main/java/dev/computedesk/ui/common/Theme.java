package dev.computedesk.ui.common;

import java.util.List;

/** The app's themes: a token stylesheet each, under the shared component stylesheets. */
public enum Theme {
    LIGHT("light"), DARK("dark"), HIGH_CONTRAST("high-contrast");

    private static final String TOKENS_PREFIX = "/css/theme-";

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public static Theme fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id.equals(id)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("Unknown theme " + id);
    }

    /** The name used by {@code --theme} and the settings file. */
    public String id() {
        return id;
    }

    /** Stylesheet URLs to put on a scene, tokens first. */
    public List<String> stylesheets() {
        return List.of(tokens(), resource("/css/app.css"), resource("/css/compute.css"),
                resource("/css/forms.css"), resource("/css/ssh.css"), resource("/css/linkedservices.css"));
    }

    /** The URL of this theme's token stylesheet, the one entry that differs between themes. */
    public String tokens() {
        return resource(TOKENS_PREFIX + id + ".css");
    }

    /** Whether {@code url} is some theme's token stylesheet (so a theme switch replaces it). */
    static boolean isTokens(String url) {
        for (Theme theme : values()) {
            if (theme.tokens().equals(url)) {
                return true;
            }
        }
        return false;
    }

    private static String resource(String path) {
        return Theme.class.getResource(path).toExternalForm();
    }
}

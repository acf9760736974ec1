package dev.computedesk.app;

import java.util.List;

/** The app's themes: a token stylesheet each, under the shared component stylesheet. */
public enum Theme {
    LIGHT("light"), DARK("dark"), HIGH_CONTRAST("high-contrast");

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

    /** Stylesheet URLs to put on a scene, tokens first. */
    public List<String> stylesheets() {
        return List.of(resource("/css/theme-" + id + ".css"), resource("/css/app.css"), resource("/css/compute.css"),
                resource("/css/forms.css"), resource("/css/ssh.css"), resource("/css/linkedservices.css"));
    }

    private static String resource(String path) {
        return Theme.class.getResource(path).toExternalForm();
    }
}

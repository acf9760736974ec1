package dev.computedesk.ui.common;

import javafx.scene.image.Image;

import java.util.List;

/**
 * The app's own icon at the sizes window managers pick from (title bar, task switcher, dock). The PNGs are drawn by
 * {@code src/bench/java/dev/computedesk/bench/AppIconGenerator.java}; run it again after changing the drawing.
 */
public final class AppIcon {
    /** The sizes committed under {@code src/main/resources/icons}. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** The resource path of the icon at {@code size} pixels. */
    public static String resource(int size) {
        return "/icons/compute-desk-" + size + ".png";
    }

    public static List<Image> images() {
        return SIZES.stream().map(size -> new Image(AppIcon.class.getResource(resource(size)).toExternalForm()))
                .toList();
    }
}

package dev.computedesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;

/**
 * The current theme and the app's icon, for every window the app opens. Features build their windows with
 * {@link #stylesheets()} (a live list: a window opened after a switch gets the new theme); once {@link #install()}ed,
 * every window that shows gets the app's icon and the current theme's tokens, and {@link #setTheme} restyles the
 * windows already open, so the settings window can switch themes without a restart.
 */
public final class ThemeManager {
    private final ObjectProperty<Theme> theme;
    private final ObservableList<String> stylesheets;
    private final List<Image> icons;

    public ThemeManager(Theme initial) {
        theme = new SimpleObjectProperty<>(this, "theme", Objects.requireNonNull(initial));
        stylesheets = FXCollections.observableArrayList(initial.stylesheets());
        icons = AppIcon.images();
        theme.addListener((obs, old, now) -> apply(now));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    /** Switches every open window, and the windows opened from now on, to {@code next}. */
    public void setTheme(Theme next) {
        theme.set(Objects.requireNonNull(next));
    }

    /** The current theme's stylesheets; the list follows {@link #setTheme}. */
    public ObservableList<String> stylesheets() {
        return stylesheets;
    }

    /** Gives every window shown from now on (main window, forms, dialogs, helpers) the icon and the theme. */
    public void install() {
        Window.getWindows().forEach(this::dress);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::dress);
            }
        });
    }

    private void apply(Theme now) {
        stylesheets.setAll(now.stylesheets());
        List.copyOf(Window.getWindows()).forEach(this::restyle);
    }

    private void dress(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(icons);
        }
        restyle(window);
    }

    /** Replaces an older theme's tokens where a window keeps its stylesheets: its scene, or its root (dialogs). */
    private void restyle(Window window) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        replaceTokens(scene.getStylesheets());
        Parent root = scene.getRoot();
        if (root != null) {
            replaceTokens(root.getStylesheets());
        }
    }

    private void replaceTokens(ObservableList<String> sheets) {
        String tokens = theme.get().tokens();
        for (int i = 0; i < sheets.size(); i++) {
            if (Theme.isTokens(sheets.get(i)) && !sheets.get(i).equals(tokens)) {
                sheets.set(i, tokens);
            }
        }
    }
}

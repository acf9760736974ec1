package dev.computedesk.ui.settings;

import dev.computedesk.settings.Layout;
import dev.computedesk.ui.common.Page;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Remembers the main window between runs: its bounds (reopened only on a screen that still exists), the page shown,
 * and through {@link LayoutMemory} its splits, tabs and tables. Changes are saved a second after the user stops
 * changing things, and at once when the window closes; {@code save} receives an immutable {@link Layout} on the FX
 * thread and must hand the writing to a background thread.
 */
public final class WindowMemory {
    static final Duration QUIET = Duration.seconds(1);

    private final Layout saved;
    private final Consumer<Layout> save;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    private final LayoutMemory layout;
    private Stage stage;
    private ReadOnlyObjectProperty<Page> page;
    /** The bounds before the window was maximized, kept so a maximized window reopens maximized over them. */
    private Layout.WindowBounds normalBounds;
    private Layout lastSaved;

    public WindowMemory(Layout saved, Consumer<Layout> save) {
        this.saved = Objects.requireNonNull(saved, "saved");
        this.save = Objects.requireNonNull(save, "save");
        this.normalBounds = saved.window();
        this.lastSaved = saved;
        this.layout = new LayoutMemory(saved, this::changed);
        debounce.setOnFinished(event -> saveNow());
    }

    /**
     * Shows the remembered page through {@code navigate} (call before the shell builds its first page) and follows
     * {@code currentPage} from then on.
     */
    public void restorePage(ReadOnlyObjectProperty<Page> currentPage, Consumer<Page> navigate) {
        this.page = currentPage;
        for (Page p : Page.values()) {
            if (p.name().equals(saved.page())) {
                navigate.accept(p);
            }
        }
        currentPage.addListener(obs -> changed());
    }

    /**
     * Places {@code stage} at its remembered bounds when a screen still shows them, else centred at the default
     * size the scene was made with; then follows its bounds and the layout under its root. Call before showing.
     */
    public void place(Stage window) {
        this.stage = window;
        Layout.WindowBounds bounds = saved.window();
        WindowPlacement.restore(bounds, Screen.getScreens().stream().map(Screen::getVisualBounds).toList())
                .ifPresentOrElse(at -> {
                    window.setX(at.getMinX());
                    window.setY(at.getMinY());
                    window.setWidth(at.getWidth());
                    window.setHeight(at.getHeight());
                    window.setMaximized(bounds.maximized());
                }, window::centerOnScreen);
        for (Observable property : new Observable[] {window.xProperty(), window.yProperty(), window.widthProperty(),
                window.heightProperty(), window.maximizedProperty()}) {
            property.addListener(obs -> boundsChanged());
        }
        window.setOnHiding(event -> saveNow());
        layout.attach(window.getScene().getRoot());
    }

    private void boundsChanged() {
        if (!stage.isMaximized() && !stage.isIconified() && !Double.isNaN(stage.getX())) {
            normalBounds = new Layout.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    false);
        }
        changed();
    }

    private void changed() {
        debounce.playFromStart();
    }

    /** The layout as it is now. */
    public Layout snapshot() {
        Layout.WindowBounds window = normalBounds == null ? null : new Layout.WindowBounds(normalBounds.x(),
                normalBounds.y(), normalBounds.width(), normalBounds.height(), stage != null && stage.isMaximized());
        return layout.snapshot(window, page == null ? saved.page() : page.get().name());
    }

    /** Saves now (the window closes), unless nothing changed since the last save. */
    public void saveNow() {
        debounce.stop();
        Layout now = snapshot();
        if (!now.equals(lastSaved)) {
            lastSaved = now;
            save.accept(now);
        }
    }
}

package dev.computedesk.app;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A font with Hangul for the Korean texts: the app's own font list (app.css) has none, and a font without the glyphs
 * draws boxes. The platform's Korean fonts are tried in order (Linux, Windows, macOS); once {@link #install}ed, every
 * window's root uses the one found, until {@link #close()}.
 */
public final class KoreanFont implements AutoCloseable {
    /** The families tried, best first: names as {@code Font.getFamilies()} reports them. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic",
            "\ub9d1\uc740 \uace0\ub515", "Apple SD Gothic Neo", "AppleGothic", "NanumGothic", "NanumBarunGothic",
            "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK");

    private final String style;
    private final List<Runnable> undo = new ArrayList<>();

    private KoreanFont(String family) {
        style = "-fx-font-family: \"" + family + "\";";
    }

    /**
     * The first preferred family among {@code installed} (e.g. {@code Font.getFamilies()}), compared without case,
     * as the platform spells it.
     */
    public static Optional<String> among(Collection<String> installed) {
        for (String family : PREFERRED) {
            for (String name : installed) {
                if (name.equalsIgnoreCase(family)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Gives every open window and every window shown from now on (and every root they take later) {@code family}. */
    public static KoreanFont install(String family) {
        KoreanFont font = new KoreanFont(family);
        ListChangeListener<Window> shown = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(font::dress);
            }
        };
        List.copyOf(Window.getWindows()).forEach(font::dress);
        Window.getWindows().addListener(shown);
        font.undo.add(() -> Window.getWindows().removeListener(shown));
        return font;
    }

    /** Stops dressing windows (tests: the next test's windows get the app's own font). */
    @Override
    public void close() {
        undo.forEach(Runnable::run);
        undo.clear();
    }

    private void dress(Window window) {
        if (window.getProperties().putIfAbsent(KoreanFont.class, this) != null) {
            return;
        }
        ChangeListener<Scene> sceneChanged = (obs, old, scene) -> dress(scene);
        window.sceneProperty().addListener(sceneChanged);
        undo.add(() -> {
            window.sceneProperty().removeListener(sceneChanged);
            window.getProperties().remove(KoreanFont.class);
        });
        dress(window.getScene());
    }

    private void dress(Scene scene) {
        if (scene == null) {
            return;
        }
        ChangeListener<Parent> rootChanged = (obs, old, root) -> restyle(root);
        scene.rootProperty().addListener(rootChanged);
        undo.add(() -> scene.rootProperty().removeListener(rootChanged));
        restyle(scene.getRoot());
    }

    /** An inline style beats app.css's {@code .root} font on the same node, and its children inherit it. */
    private void restyle(Parent root) {
        String now = root == null || root.getStyle() == null ? "" : root.getStyle();
        if (root != null && !now.contains(style)) {
            root.setStyle(now + style);
        }
    }
}

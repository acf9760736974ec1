package dev.computedesk.testing;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the texts a user can see in a scene whose contrast on their background is below WCAG AA. Every visible
 * {@link Text} counts (the text of labels, buttons, links, table cells and text fields is one), except in disabled
 * controls, which WCAG exempts. A text's background is the nearest opaque fill behind it: the fills of its own and
 * its parents' {@link Region#getBackground() backgrounds}, topmost first, translucent ones composed over what lies
 * below, down to the scene's fill. A gradient counts by its worst stop. Call on the FX thread after a layout pass.
 */
public final class ContrastScan {

    /** One text below the threshold. */
    public record Failure(String where, String text, Color fill, Color background, double ratio) {
        @Override
        public String toString() {
            return String.format("%s \"%s\": %s on %s = %.2f:1", where, text, hex(fill), hex(background), ratio);
        }
    }

    private ContrastScan() {
    }

    public static List<Failure> below(Scene scene, double threshold) {
        List<Failure> failures = new ArrayList<>();
        visit(scene.getRoot(), scene, threshold, failures);
        return failures;
    }

    /**
     * Text fields whose edge (the outermost fill: the border, or the focus ring) is below {@code threshold} against
     * what lies behind the field: WCAG 1.4.11 asks 3:1 for the boundary that shows where a field is.
     */
    public static List<Failure> fieldEdgesBelow(Scene scene, double threshold) {
        List<Failure> failures = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(".text-field")) {
            if (!(node instanceof TextInputControl field) || !field.isVisible() || field.isDisabled()
                    || !shown(field) || field.getBackground() == null || field.getBackground().getFills().isEmpty()
                    || !(field.getBackground().getFills().get(0).getFill() instanceof Color edge)) {
                continue;
            }
            Bounds bounds = field.localToScene(field.getBoundsInLocal());
            if (!onScreen(field, scene, new Point2D(bounds.getCenterX(), bounds.getCenterY()))) {
                continue;
            }
            for (Color background : behind(field.getParent(), bounds.getCenterX(), bounds.getCenterY(), scene)) {
                double ratio = ContrastCheck.ratio(ContrastCheck.compose(edge, background), background);
                if (ratio < threshold) {
                    failures.add(new Failure("edge of " + describe(field), field.getPromptText(), edge, background,
                            ratio));
                    break;
                }
            }
        }
        return failures;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static void visit(Node node, Scene scene, double threshold, List<Failure> failures) {
        if (!node.isVisible() || node.getOpacity() == 0 || (node instanceof Control && node.isDisabled())) {
            return;
        }
        if (node instanceof Text text) {
            check(text, scene, threshold, failures);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, threshold, failures);
            }
        }
    }

    private static void check(Text text, Scene scene, double threshold, List<Failure> failures) {
        String content = text.getText();
        if (content == null || content.isBlank() || !(text.getFill() instanceof Color fill) || fill.getOpacity() == 0
                || !onScreen(text, scene, centre(text))) {
            return;
        }
        double opacity = 1;
        for (Node n = text; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        for (Color background : backgrounds(text, scene)) {
            Color seen = ContrastCheck.compose(fill.deriveColor(0, 1, 1, opacity), background);
            double ratio = ContrastCheck.ratio(seen, background);
            if (ratio < threshold) {
                failures.add(new Failure(describe(text), content, fill, background, ratio));
                return;
            }
        }
    }

    /** {@code point} (in the scene) lies inside the window and is not clipped away by a scrolling parent. */
    private static boolean onScreen(Node node, Scene scene, Point2D point) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (bounds.getWidth() <= 0 || point.getX() < 0 || point.getY() < 0 || point.getX() >= scene.getWidth()
                || point.getY() >= scene.getHeight()) {
            return false;
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null && !n.localToScene(n.getClip().getBoundsInParent()).contains(point)) {
                return false;
            }
        }
        return true;
    }

    private static Point2D centre(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    /**
     * The opaque colours behind {@code text}: one, or one per stop where a radial gradient lies behind it. Only fills
     * that cover the text's centre count (a field's border fill does not lie behind its text), and a linear gradient
     * counts by its colour there (a focused field's shading fades out within its top few pixels).
     */
    static List<Color> backgrounds(Text text, Scene scene) {
        Point2D centre = centre(text);
        return behind(text, centre.getX(), centre.getY(), scene);
    }

    /** The opaque colours at scene point ({@code x}, {@code y}) from {@code start}'s own background downwards. */
    public static List<Color> behind(Node start, double x, double y, Scene scene) {
        List<Color> translucent = new ArrayList<>();
        for (Node n = start; n != null; n = n.getParent()) {
            if (!(n instanceof Region region) || region.getBackground() == null) {
                continue;
            }
            Background background = region.getBackground();
            Point2D local = region.sceneToLocal(x, y);
            for (int i = background.getFills().size() - 1; i >= 0; i--) {
                BackgroundFill fill = background.getFills().get(i);
                if (!covers(region, fill, local.getX(), local.getY())) {
                    continue;
                }
                List<Color> colours = colours(fill.getFill(), region, local);
                if (colours.isEmpty()) {
                    continue;
                }
                if (colours.stream().allMatch(c -> c.getOpacity() == 1.0)) {
                    return colours.stream().map(c -> over(translucent, c)).toList();
                }
                translucent.add(colours.get(0));
            }
        }
        Color sceneFill = scene.getFill() instanceof Color c ? c : Color.WHITE;
        return List.of(over(translucent, sceneFill.getOpacity() == 1.0 ? sceneFill : Color.WHITE));
    }

    private static boolean covers(Region region, BackgroundFill fill, double x, double y) {
        var insets = fill.getInsets();
        return x >= insets.getLeft() && y >= insets.getTop() && x <= region.getWidth() - insets.getRight()
                && y <= region.getHeight() - insets.getBottom();
    }

    /** {@code layers}, top first, drawn over {@code opaque}. */
    private static Color over(List<Color> layers, Color opaque) {
        Color result = opaque;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = ContrastCheck.compose(layers.get(i), result);
        }
        return result;
    }

    private static List<Color> colours(Paint paint, Region region, Point2D at) {
        if (paint instanceof Color c) {
            return c.getOpacity() == 0 ? List.of() : List.of(c);
        }
        if (paint instanceof LinearGradient g) {
            Color c = colourAt(g, region, at);
            return c.getOpacity() == 0 ? List.of() : List.of(c);
        }
        List<Stop> stops = paint instanceof RadialGradient g ? g.getStops() : List.of();
        return stops.stream().map(Stop::getColor).filter(c -> c.getOpacity() > 0).toList();
    }

    /** A linear gradient's colour at a point of the region it fills (its cycle method taken as "no cycle"). */
    static Color colourAt(LinearGradient g, Region region, Point2D at) {
        double w = g.isProportional() ? region.getWidth() : 1;
        double h = g.isProportional() ? region.getHeight() : 1;
        double sx = g.getStartX() * w;
        double sy = g.getStartY() * h;
        double dx = g.getEndX() * w - sx;
        double dy = g.getEndY() * h - sy;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : ((at.getX() - sx) * dx + (at.getY() - sy) * dy) / length;
        t = Math.max(0, Math.min(1, t));
        List<Stop> stops = g.getStops();
        Stop previous = stops.get(0);
        for (Stop stop : stops) {
            if (t <= stop.getOffset()) {
                double span = stop.getOffset() - previous.getOffset();
                double f = span == 0 ? 1 : (t - previous.getOffset()) / span;
                return previous.getColor().interpolate(stop.getColor(), f);
            }
            previous = stop;
        }
        return previous.getColor();
    }

    /** The nearest node with an id, and the style classes on the way: enough to find it in the FXML. */
    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node instanceof Text ? node.getParent() : node; n != null; n = n.getParent()) {
            if (path.length() < 80 && !n.getStyleClass().isEmpty()) {
                path.insert(0, "." + String.join(".", n.getStyleClass()) + " ");
            }
            if (n.getId() != null) {
                return "#" + n.getId() + " " + path.toString().trim();
            }
        }
        return path.toString().trim();
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}

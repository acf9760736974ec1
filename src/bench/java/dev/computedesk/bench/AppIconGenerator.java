package dev.computedesk.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws the app's icon (a blue tile holding a stack of three compute nodes, the top one running) as the PNGs under
 * {@code src/main/resources/icons}. Each size is drawn, not scaled down, so the small ones stay crisp:
 * {@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=dev.computedesk.bench.AppIconGenerator
 * -Dexec.classpathScope=test}.
 */
public final class AppIconGenerator {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final Color TILE_TOP = new Color(0x2b, 0x88, 0xd8);
    private static final Color TILE_BOTTOM = new Color(0x00, 0x5a, 0x9e);
    private static final Color NODE = new Color(0xff, 0xff, 0xff);
    private static final Color LIGHT_ON = new Color(0x6b, 0xd1, 0x6b);
    private static final Color LIGHT_OFF = new Color(0x00, 0x5a, 0x9e);

    private AppIconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/icons");
        Files.createDirectories(folder);
        for (int size : SIZES) {
            ImageIO.write(draw(size), "png", folder.resolve("compute-desk-" + size + ".png").toFile());
        }
    }

    /** The icon on a 16-unit grid, scaled to {@code size} pixels. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double unit = size / 16.0;
        g.setPaint(new GradientPaint(0, 0, TILE_TOP, 0, size, TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(0, 0, size, size, 6 * unit, 6 * unit));

        // Three nodes, one above the other, on whole units so the 16-pixel icon stays sharp; the top one runs.
        boolean tiny = size < 32;
        for (int i = 0; i < 3; i++) {
            double y = (2 + i * 4) * unit;
            g.setColor(NODE);
            if (tiny) {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                g.fillRect((int) (3 * unit), (int) y, (int) (10 * unit), (int) (3 * unit));
            } else {
                g.fill(new RoundRectangle2D.Double(3 * unit, y, 10 * unit, 3 * unit, 1.2 * unit, 1.2 * unit));
            }
            g.setColor(i == 0 ? LIGHT_ON : LIGHT_OFF);
            if (tiny) {
                g.fillRect((int) (10 * unit), (int) (y + unit), (int) (2 * unit), (int) unit);
            } else {
                double light = 1.5 * unit;
                g.fill(new Ellipse2D.Double(11 * unit - light / 2, y + 1.5 * unit - light / 2, light, light));
            }
            if (size >= 48) {
                g.setColor(LIGHT_OFF);
                g.setStroke(new BasicStroke((float) (0.5 * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(4.5 * unit, y + 1.5 * unit, 8 * unit, y + 1.5 * unit));
            }
        }
        g.dispose();
        return image;
    }
}

package dev.computedesk.testing;

import javafx.scene.paint.Color;

/**
 * WCAG 2 contrast arithmetic: relative luminance, the contrast ratio of two colours, and a translucent colour
 * composed over an opaque one (what the eye sees where a translucent fill lies on a background).
 */
public final class ContrastCheck {
    /** WCAG AA for normal text. */
    public static final double AA_TEXT = 4.5;
    /** WCAG AA for the parts of a control that show where it is (1.4.11, non-text contrast). */
    public static final double AA_NON_TEXT = 3.0;

    private ContrastCheck() {
    }

    /** The contrast ratio, from 1 (same luminance) to 21 (black on white); the order of the colours does not matter. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG relative luminance of an opaque colour (its opacity is ignored: compose it first). */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** {@code top} drawn over {@code bottom} ("source over"); the result is opaque when {@code bottom} is. */
    public static Color compose(Color top, Color bottom) {
        double a = top.getOpacity();
        double outAlpha = a + bottom.getOpacity() * (1 - a);
        if (outAlpha == 0) {
            return Color.TRANSPARENT;
        }
        return new Color(mix(top.getRed(), bottom.getRed(), a, bottom.getOpacity(), outAlpha),
                mix(top.getGreen(), bottom.getGreen(), a, bottom.getOpacity(), outAlpha),
                mix(top.getBlue(), bottom.getBlue(), a, bottom.getOpacity(), outAlpha), outAlpha);
    }

    private static double mix(double top, double bottom, double topAlpha, double bottomAlpha, double outAlpha) {
        return Math.min(1, Math.max(0, (top * topAlpha + bottom * bottomAlpha * (1 - topAlpha)) / outAlpha));
    }
}

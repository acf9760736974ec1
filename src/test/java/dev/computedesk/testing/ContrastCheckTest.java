package dev.computedesk.testing;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The WCAG arithmetic against pairs whose ratios are published (WebAIM's checker gives the same figures). */
class ContrastCheckTest {

    @Test
    void blackOnWhiteIsTwentyOneToOneInEitherOrder() {
        assertThat(ContrastCheck.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(1e-9));
        assertThat(ContrastCheck.ratio(Color.WHITE, Color.BLACK)).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void aColourOnItselfIsOneToOne() {
        assertThat(ContrastCheck.ratio(Color.web("#0078d4"), Color.web("#0078d4"))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void greySevenSevenSevenOnWhiteJustFailsAa() {
        double ratio = ContrastCheck.ratio(Color.web("#777777"), Color.WHITE);
        assertThat(ratio).isCloseTo(4.48, within(0.01)).isLessThan(ContrastCheck.AA_TEXT);
        assertThat(ContrastCheck.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01))
                .isGreaterThanOrEqualTo(ContrastCheck.AA_TEXT);
    }

    @Test
    void yellowOnAFluentBlueSelectionIsTheReportedFailure() {
        // #ffff00 on #1aebff (the high-contrast theme's unfocused selection bar): the "yellow links on a selected row".
        assertThat(ContrastCheck.ratio(Color.YELLOW, Color.web("#1aebff"))).isLessThan(1.5);
    }

    @Test
    void luminanceOfThePrimariesFollowsTheWcagWeights() {
        assertThat(ContrastCheck.luminance(Color.WHITE)).isCloseTo(1.0, within(1e-9));
        assertThat(ContrastCheck.luminance(Color.BLACK)).isCloseTo(0.0, within(1e-9));
        assertThat(ContrastCheck.luminance(Color.RED)).isCloseTo(0.2126, within(1e-9));
        assertThat(ContrastCheck.luminance(Color.LIME)).isCloseTo(0.7152, within(1e-9));
        assertThat(ContrastCheck.luminance(Color.BLUE)).isCloseTo(0.0722, within(1e-9));
    }

    @Test
    void composingHalfBlackOverWhiteGivesMidGrey() {
        Color composed = ContrastCheck.compose(Color.color(0, 0, 0, 0.5), Color.WHITE);
        assertThat(composed.getOpacity()).isEqualTo(1.0);
        assertThat(composed.getRed()).isCloseTo(0.5, within(1e-9));
        assertThat(composed.getGreen()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anOpaqueTopHidesTheBottomAndATransparentTopShowsIt() {
        assertThat(ContrastCheck.compose(Color.RED, Color.BLUE)).isEqualTo(Color.RED);
        assertThat(ContrastCheck.compose(Color.TRANSPARENT, Color.BLUE)).isEqualTo(Color.BLUE);
    }

    @Test
    void twoTranslucentLayersStackBeforeMeetingTheBackground() {
        Color twoHalves = ContrastCheck.compose(Color.color(0, 0, 0, 0.5), Color.color(0, 0, 0, 0.5));
        assertThat(twoHalves.getOpacity()).isCloseTo(0.75, within(1e-9));
        Color onWhite = ContrastCheck.compose(twoHalves, Color.WHITE);
        assertThat(onWhite.getRed()).isCloseTo(0.25, within(1e-9));
    }
}

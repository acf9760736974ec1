package dev.computedesk.ui.settings;

import dev.computedesk.settings.Layout;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    @Test
    void reopensWhereItWasOnAScreenThatStillExists() {
        assertThat(WindowPlacement.restore(new Layout.WindowBounds(100, 50, 1000, 600, false), List.of(LAPTOP)))
                .contains(new Rectangle2D(100, 50, 1000, 600));
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneIsNotRestored() {
        // It was on a second monitor to the right, unplugged since.
        assertThat(WindowPlacement.restore(new Layout.WindowBounds(1500, 100, 1200, 800, false), List.of(LAPTOP)))
                .isEmpty();
        assertThat(WindowPlacement.restore(new Layout.WindowBounds(1500, 100, 1200, 800, false),
                List.of(LAPTOP, new Rectangle2D(1366, 0, 1920, 1080)))).isPresent();
        assertThat(WindowPlacement.restore(null, List.of(LAPTOP))).isEmpty();
    }

    @Test
    void aWindowLargerThanItsScreenNowIsShrunkToIt() {
        assertThat(WindowPlacement.restore(new Layout.WindowBounds(0, 0, 1900, 1000, false), List.of(LAPTOP)))
                .contains(new Rectangle2D(0, 0, 1366, 728));
    }
}

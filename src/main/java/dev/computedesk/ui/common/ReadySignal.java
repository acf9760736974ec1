package dev.computedesk.ui.common;

/**
 * What {@code --exit-when-ready} waits for besides the window: the first compute list of the selected
 * workspace on screen. The Compute page calls {@link #computeListShown()} once its first list is displayed.
 */
@FunctionalInterface
public interface ReadySignal {
    void computeListShown();

    ReadySignal NONE = () -> { };
}

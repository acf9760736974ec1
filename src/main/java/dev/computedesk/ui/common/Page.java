package dev.computedesk.ui.common;

/**
 * The pages of the shell's navigation rail. It lives in {@code ui.common} because features ask the {@link Navigator}
 * for a page by it, and a feature may not import the shell.
 */
public enum Page {
    COMPUTE("Compute"),
    LINKED_SERVICES("Linked services");

    private final String title;

    Page(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package dev.computedesk.ui.shell;

/** The pages of the left navigation rail. */
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

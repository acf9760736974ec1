package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Messages;

/**
 * The pages of the shell's navigation rail. It lives in {@code ui.common} because features ask the {@link Navigator}
 * for a page by it, and a feature may not import the shell.
 */
public enum Page {
    COMPUTE("common.code.page.compute"),
    LINKED_SERVICES("common.code.page.linkedServices");

    private final String titleKey;

    Page(String titleKey) {
        this.titleKey = titleKey;
    }

    /** The page's name in the chosen language. */
    public String title() {
        return Messages.get(titleKey);
    }
}

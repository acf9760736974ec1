package dev.computedesk.ui.linkedservices;

import dev.computedesk.ui.common.UiContext;
import dev.computedesk.ui.shell.Page;
import dev.computedesk.ui.shell.PlaceholderPage;
import javafx.scene.Node;

/** Builds the Linked services page from the app's shared services. */
public final class LinkedServicesPage {
    private LinkedServicesPage() {
    }

    public static Node create(UiContext context) {
        return PlaceholderPage.create(Page.LINKED_SERVICES, "linkedServicesPage");
    }
}

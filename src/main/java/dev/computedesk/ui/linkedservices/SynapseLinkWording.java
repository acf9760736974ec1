package dev.computedesk.ui.linkedservices;

import dev.computedesk.domain.text.Messages;

/**
 * The one way the app says that Azure takes no new Synapse links. The Linked services page, its empty list, the
 * Add integration wizard and its refusal note all use these sentences, so no workspace reads a different story
 * ("deprecated", "may refuse", "no longer registers").
 */
final class SynapseLinkWording {
    private SynapseLinkWording() {
    }

    /** The fact, said the same everywhere. */
    static String noNewLinks() {
        return Messages.get("linked.code.noNewLinks");
    }

    /** Where to go instead, for places without a button to it. */
    static String attachDirectly() {
        return Messages.get("linked.code.attachDirectly");
    }

    /** The Linked services page's line under its title. */
    static String pageIntro() {
        return Messages.get("linked.code.pageIntro") + " " + noNewLinks() + " " + attachDirectly();
    }

    /** The Add integration wizard's line under its title. */
    static String wizardIntro() {
        return Messages.get("linked.code.wizardIntro") + " " + noNewLinks() + " "
                + Messages.get("linked.code.ifRefused");
    }

    /** The note shown when Azure refused the link, before the button that opens the direct attach wizard. */
    static String refusal() {
        return noNewLinks() + " " + Messages.get("linked.code.refusal");
    }
}

package dev.computedesk.ui.linkedservices;

/**
 * The one way the app says that Azure takes no new Synapse links. The Linked services page, its empty list, the
 * Add integration wizard and its refusal note all use these sentences, so no workspace reads a different story
 * ("deprecated", "may refuse", "no longer registers").
 */
final class SynapseLinkWording {
    /** The fact, said the same everywhere. */
    static final String NO_NEW_LINKS = "New links are no longer accepted: Synapse workspaces can no longer be "
            + "linked to Azure Machine Learning; existing links keep working.";
    /** Where to go instead, for places without a button to it. */
    static final String ATTACH_DIRECTLY = "Attach Spark pools directly from Compute \u2192 Attached computes "
            + "\u2192 + New \u2192 Synapse Spark pool.";

    private SynapseLinkWording() {
    }

    /** The Linked services page's line under its title. */
    static String pageIntro() {
        return "Links from this workspace to Synapse workspaces. " + NO_NEW_LINKS + " " + ATTACH_DIRECTLY;
    }

    /** The Add integration wizard's line under its title. */
    static String wizardIntro() {
        return "Link a Synapse workspace to this workspace. " + NO_NEW_LINKS
                + " If Azure refuses the link, attach Spark pools directly.";
    }

    /** The note shown when Azure refused the link, before the button that opens the direct attach wizard. */
    static String refusal() {
        return NO_NEW_LINKS + " Attach a Spark pool directly instead, the way Azure recommends:";
    }
}

package dev.computedesk.ui.compute.create;

/** How a request built from the form carries the secrets the user typed. */
enum SecretMode {
    /** As typed: only for the PUT itself. */
    SEND,
    /** As {@code ********}: the review panes. */
    MASK,
    /** Left out: what "Edit and retry" and the Compute page get (docs/decisions.md "Secrets"). */
    OMIT;

    /** The value to put in the request for a secret. */
    String apply(String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        switch (this) {
            case SEND:
                return secret;
            case MASK:
                return Documents.MASK;
            default:
                return null;
        }
    }
}

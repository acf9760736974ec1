package dev.computedesk.ui.compute;

import dev.computedesk.azure.Principal;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.time.TimeFormat;

/**
 * The one place that names a person on the Compute page ("Created by", "Assigned to", in the tables and the details
 * pane): the signed-in user is their display name and " (me)" ("Dana Demo (me)"), whoever made them creator or
 * assignee; anyone else is the name ARM gives ({@code createdBy.userName}), else their object id. No directory lookup
 * (docs/decisions.md "Who is 'me'").
 */
final class People {
    private People() {
    }

    /**
     * @param objectId the person's object id, or null
     * @param armName  the name ARM gives with it, or null
     * @param me       the signed-in user, or null while unknown
     */
    static String name(String objectId, String armName, Principal me) {
        if (isMe(objectId, me)) {
            String mine = firstNamed(me.name(), armName);
            return mine == null ? Messages.get("compute.code.me") : Messages.get("compute.code.userIsMe", mine);
        }
        String other = firstNamed(armName, objectId);
        return other == null ? TimeFormat.ABSENT : other;
    }

    /** True when {@code objectId} is the signed-in user's. */
    static boolean isMe(String objectId, Principal me) {
        return me != null && objectId != null && objectId.equals(me.objectId());
    }

    private static String firstNamed(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }
}

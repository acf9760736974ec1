package dev.computedesk.ui.common;

import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;
import dev.computedesk.domain.text.Messages;

import java.util.Optional;

/**
 * Whether a compute name is known to be free, for every create and attach: a PUT on a name in use updates that
 * compute (docs/decisions.md "PUT on an existing name"), so the app sends one only when the name is known to be free.
 *
 * <p>"Known" means ARM answered {@code 404} for that name (or the name is absent from a list read completely).
 * Any other answer (401, 403, an unreadable body, a 5xx that outlasted the retries, no answer) leaves it unknown,
 * and unknown is never free.
 */
public final class NameAvailability {
    private NameAvailability() {
    }

    /** A compute already holds the name: the create must not be sent. */
    public static final class NameInUseException extends RuntimeException {
        private final transient ComputeResource existing;
        private final String name;

        NameInUseException(String name, ComputeResource existing) {
            super(inUseMessage(existing.name() == null ? name : existing.name()));
            this.name = name;
            this.existing = existing;
        }

        /** The name asked about. */
        public String name() {
            return name;
        }

        /** The compute that holds it, as ARM answered. */
        public ComputeResource existing() {
            return existing;
        }
    }

    /** ARM's answer did not say whether the name is free (the cause says why): the create must not be sent. */
    public static final class NameUnknownException extends RuntimeException {
        private final String name;

        NameUnknownException(String name, Throwable cause) {
            super(unknownMessage(cause), cause);
            this.name = name;
        }

        /** The name asked about. */
        public String name() {
            return name;
        }
    }

    /**
     * Reads the compute named {@code name} (one GET; blocks, so call it off the FX thread, in the same task as the
     * PUT it guards, right before it) and returns only when ARM answered {@code 404}.
     *
     * @throws NameInUseException   when a compute of any type holds the name
     * @throws NameUnknownException when ARM's answer was anything but the compute or a 404
     */
    public static void requireFree(ComputeClient computes, WorkspaceRef workspace, String name) {
        Optional<ComputeResource> found;
        try {
            found = computes.find(workspace, name);
        } catch (RuntimeException unknown) {
            throw new NameUnknownException(name, unknown);
        }
        if (found.isPresent()) {
            throw new NameInUseException(name, found.get());
        }
    }

    /** "A compute named 'x' already exists in this workspace" (the form rule's words). */
    public static String inUseMessage(String existingName) {
        return Messages.get("common.code.nameInUse", existingName);
    }

    /** "Couldn't check whether the name is free: AuthorizationFailed: … (request id …)". */
    public static String unknownMessage(Throwable cause) {
        ErrorInfo info = ErrorInfos.from("", cause);
        StringBuilder text = new StringBuilder(Messages.get("common.code.nameUnknown") + " ");
        text.append(info.code().isEmpty() ? info.message() : info.code() + ": " + info.message());
        if (!info.requestId().isEmpty()) {
            text.append(" (").append(Messages.get("common.code.requestId", info.requestId())).append(')');
        }
        return text.toString();
    }
}

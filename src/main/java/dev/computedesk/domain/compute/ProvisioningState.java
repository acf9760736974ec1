package dev.computedesk.domain.compute;

import java.util.List;

/**
 * ARM's {@code provisioningState} of a compute (and of most resources): Creating, Updating, Deleting, Succeeded,
 * Failed, Canceled, Unknown, or a value this version does not know, kept as sent. Known values are the constants
 * below and compare with {@code ==}; the azure layer maps wire text to them, ignoring case.
 */
public final class ProvisioningState extends ArmTerm {
    /** ARM's own "Unknown" (not a value this version fails to recognise: see {@link #isKnown()}). */
    public static final ProvisioningState UNKNOWN = new ProvisioningState("Unknown");
    /** An update (PUT on an existing compute, PATCH) is running. */
    public static final ProvisioningState UPDATING = new ProvisioningState("Updating");
    /** The create is running. */
    public static final ProvisioningState CREATING = new ProvisioningState("Creating");
    /** The delete or detach is running. */
    public static final ProvisioningState DELETING = new ProvisioningState("Deleting");
    /** Provisioned. */
    public static final ProvisioningState SUCCEEDED = new ProvisioningState("Succeeded");
    /** Provisioning failed; the compute carries {@code provisioningErrors}. */
    public static final ProvisioningState FAILED = new ProvisioningState("Failed");
    /** Provisioning was canceled. */
    public static final ProvisioningState CANCELED = new ProvisioningState("Canceled");

    private static final List<ProvisioningState> KNOWN =
            List.of(UNKNOWN, UPDATING, CREATING, DELETING, SUCCEEDED, FAILED, CANCELED);

    private ProvisioningState(String armValue) {
        super(armValue, "domain.provisioningState." + armValue, true);
    }

    private ProvisioningState(String text, boolean known) {
        super(text, "", known);
    }

    /** Every value the API documents. */
    public static List<ProvisioningState> known() {
        return KNOWN;
    }

    /** A value this version does not know, kept with the text Azure sent (shown as it is). */
    public static ProvisioningState other(String text) {
        return new ProvisioningState(text, false);
    }

    /** True for Succeeded, Failed and Canceled: provisioning has ended. */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }

    /** True for Creating, Updating and Deleting: the compute is changing by itself. */
    public boolean isTransitional() {
        return this == CREATING || this == UPDATING || this == DELETING;
    }
}

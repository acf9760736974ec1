package dev.computedesk.ui.sparkpool;

/** The managed identity an attached Spark pool runs as, as the wizard offers it. */
public enum IdentityKind {
    SYSTEM_ASSIGNED("System-assigned"),
    USER_ASSIGNED("User-assigned");

    private final String label;

    IdentityKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

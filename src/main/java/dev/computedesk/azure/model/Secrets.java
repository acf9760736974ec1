package dev.computedesk.azure.model;

/** Helpers for masking secrets in {@code toString()} output. */
final class Secrets {
    private Secrets() {
    }

    /** {@code null} stays {@code null}; any other value becomes {@code ********}. */
    static String mask(Object value) {
        return value == null ? "null" : "********";
    }
}

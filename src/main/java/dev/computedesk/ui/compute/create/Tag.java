package dev.computedesk.ui.compute.create;

/** A tag of the compute: {@code key = value}. */
public record Tag(String key, String value) {
    @Override
    public String toString() {
        return key + " = " + value;
    }
}

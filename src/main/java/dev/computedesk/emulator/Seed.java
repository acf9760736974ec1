package dev.computedesk.emulator;

/** The data a new emulator state starts with. */
public enum Seed {
    /** A demo subscription with two workspaces and every compute type in varied states. */
    DEMO,
    /** The demo data plus 10,000 computes and a cluster of 1,000 nodes, for performance work. */
    LARGE
}

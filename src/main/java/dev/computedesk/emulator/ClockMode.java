package dev.computedesk.emulator;

/** How the emulator's clock moves. */
public enum ClockMode {
    /** Wall-clock time: lifecycles take a few seconds, for a lively demo. */
    REAL,
    /** Time moves only through {@link Emulator#advanceClock} or {@code POST /_emulator/clock}; for tests. */
    MANUAL
}

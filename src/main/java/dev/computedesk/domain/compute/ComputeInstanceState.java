package dev.computedesk.domain.compute;

import java.util.List;

/**
 * A compute instance's {@code state} (ARM's {@code ComputeInstanceState}, with 2026-07-01's {@code Resizing}), or
 * a value this version does not know, kept as sent. Known values are the constants below and compare with
 * {@code ==}; the azure layer maps wire text to them, ignoring case.
 */
public final class ComputeInstanceState extends ArmTerm {
    public static final ComputeInstanceState CREATING = known("Creating");
    public static final ComputeInstanceState CREATE_FAILED = known("CreateFailed");
    public static final ComputeInstanceState DELETING = known("Deleting");
    public static final ComputeInstanceState RUNNING = known("Running");
    public static final ComputeInstanceState RESTARTING = known("Restarting");
    public static final ComputeInstanceState RESIZING = known("Resizing");
    public static final ComputeInstanceState JOB_RUNNING = known("JobRunning");
    public static final ComputeInstanceState SETTING_UP = known("SettingUp");
    public static final ComputeInstanceState SETUP_FAILED = known("SetupFailed");
    public static final ComputeInstanceState STARTING = known("Starting");
    public static final ComputeInstanceState STOPPED = known("Stopped");
    public static final ComputeInstanceState STOPPING = known("Stopping");
    public static final ComputeInstanceState USER_SETTING_UP = known("UserSettingUp");
    public static final ComputeInstanceState USER_SETUP_FAILED = known("UserSetupFailed");
    /** ARM's own "Unknown" (not a value this version fails to recognise: see {@link #isKnown()}). */
    public static final ComputeInstanceState UNKNOWN = known("Unknown");
    public static final ComputeInstanceState UNUSABLE = known("Unusable");

    private static final List<ComputeInstanceState> KNOWN = List.of(CREATING, CREATE_FAILED, DELETING, RUNNING,
            RESTARTING, RESIZING, JOB_RUNNING, SETTING_UP, SETUP_FAILED, STARTING, STOPPED, STOPPING, USER_SETTING_UP,
            USER_SETUP_FAILED, UNKNOWN, UNUSABLE);

    private ComputeInstanceState(String armValue, String labelKey, boolean known) {
        super(armValue, labelKey, known);
    }

    /** A documented value; its words are {@code domain.instanceState.<armValue>} in the bundle ("Job running"). */
    private static ComputeInstanceState known(String armValue) {
        return new ComputeInstanceState(armValue, "domain.instanceState." + armValue, true);
    }

    /** Every value the API documents. */
    public static List<ComputeInstanceState> known() {
        return KNOWN;
    }

    /** A value this version does not know, kept with the text Azure sent (shown as it is). */
    public static ComputeInstanceState other(String text) {
        return new ComputeInstanceState(text, "", false);
    }

    /** True while the instance changes by itself (Creating, Deleting, Starting, Stopping, Restarting, Resizing, SettingUp, UserSettingUp). */
    public boolean isTransitional() {
        return this == CREATING || this == DELETING || this == STARTING || this == STOPPING || this == RESTARTING
                || this == RESIZING || this == SETTING_UP || this == USER_SETTING_UP;
    }

    /** True for CreateFailed, SetupFailed, UserSetupFailed and Unusable. */
    public boolean isFailed() {
        return this == CREATE_FAILED || this == SETUP_FAILED || this == USER_SETUP_FAILED || this == UNUSABLE;
    }

    /** True for Running and JobRunning. */
    public boolean isRunning() {
        return this == RUNNING || this == JOB_RUNNING;
    }
}

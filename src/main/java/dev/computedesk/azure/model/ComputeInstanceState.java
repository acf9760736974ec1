package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** State of a compute instance ({@code ComputeInstanceState}, with the 2026-07-01 {@code Resizing}). */
public enum ComputeInstanceState {
    @JsonProperty("Creating") CREATING,
    @JsonProperty("CreateFailed") CREATE_FAILED,
    @JsonProperty("Deleting") DELETING,
    @JsonProperty("Running") RUNNING,
    @JsonProperty("Restarting") RESTARTING,
    @JsonProperty("Resizing") RESIZING,
    @JsonProperty("JobRunning") JOB_RUNNING,
    @JsonProperty("SettingUp") SETTING_UP,
    @JsonProperty("SetupFailed") SETUP_FAILED,
    @JsonProperty("Starting") STARTING,
    @JsonProperty("Stopped") STOPPED,
    @JsonProperty("Stopping") STOPPING,
    @JsonProperty("UserSettingUp") USER_SETTING_UP,
    @JsonProperty("UserSetupFailed") USER_SETUP_FAILED,
    @JsonEnumDefaultValue @JsonProperty("Unknown") UNKNOWN,
    @JsonProperty("Unusable") UNUSABLE
}

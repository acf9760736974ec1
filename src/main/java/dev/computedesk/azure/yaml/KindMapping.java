package dev.computedesk.azure.yaml;

import dev.computedesk.azure.model.ComputeProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.WorkspaceRef;

import java.util.List;

/** The YAML ↔ ARM mapping of one compute type's own keys; {@link ComputeYaml} does the keys all types share. */
interface KindMapping {
    /** The YAML {@code type} ("computeinstance"). */
    String yamlType();

    /** ARM's {@code computeType} ("ComputeInstance"). */
    String computeType();

    /** The CLI v2 schema file, or null for a type the CLI v2 cannot create or attach (the app's own keys). */
    String schema();

    /**
     * Writes the type's keys of {@code compute}.
     *
     * @param notes where to say what Azure does not return and the file needs before it can be used again
     */
    void write(ComputeResource compute, YamlOut out, List<String> notes);

    /** Reads the type's keys into ARM properties. */
    ComputeProperties read(YamlFields in, WorkspaceRef workspace, String description, String resourceId);
}

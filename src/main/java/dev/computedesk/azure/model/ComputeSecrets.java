package dev.computedesk.azure.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The answer of {@code listKeys} (ARM's polymorphic {@code ComputeSecrets}). Every implementation masks its
 * secrets in {@code toString()}; show them only on the user's explicit request.
 */
@JsonDeserialize(using = ComputeSecretsDeserializer.class)
public sealed interface ComputeSecrets permits AksComputeSecrets, VirtualMachineSecrets, DatabricksComputeSecrets,
        UnknownComputeSecrets {
    /** The wire discriminator. */
    String computeType();
}

package dev.computedesk.azure.model;

/** listKeys of a compute type without known secrets; nothing is kept. */
public record UnknownComputeSecrets(String computeType) implements ComputeSecrets {
}

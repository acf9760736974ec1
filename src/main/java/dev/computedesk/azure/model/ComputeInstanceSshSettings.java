package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** SSH settings of a compute instance; {@code adminUserName} and {@code sshPort} are read-only. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputeInstanceSshSettings(String sshPublicAccess, String adminUserName, Integer sshPort, String adminPublicKey) {
}

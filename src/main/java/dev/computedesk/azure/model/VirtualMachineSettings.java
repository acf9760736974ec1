package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The VirtualMachine-specific {@code properties.properties} of an attached VM. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VirtualMachineSettings(String virtualMachineSize, Integer sshPort, Integer notebookServerPort, String address,
        VirtualMachineSshCredentials administratorAccount, Boolean isNotebookInstanceCompute) {

    /** Settings for an attach request. */
    public static VirtualMachineSettings forAttach(Integer sshPort, VirtualMachineSshCredentials administratorAccount) {
        return new VirtualMachineSettings(null, sshPort, null, null, administratorAccount, null);
    }
}

package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The HDInsight-specific {@code properties.properties} of an attached cluster. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HdInsightSettings(Integer sshPort, String address, VirtualMachineSshCredentials administratorAccount) {

    /** Settings for an attach request. */
    public static HdInsightSettings forAttach(Integer sshPort, VirtualMachineSshCredentials administratorAccount) {
        return new HdInsightSettings(sshPort, null, administratorAccount);
    }
}

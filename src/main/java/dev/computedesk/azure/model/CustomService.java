package dev.computedesk.azure.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A custom application of a compute instance: one entry of {@code properties.properties.customServices}, in the
 * spec's {@code CustomService} shape (docs/arm.md "Custom applications"): a Docker image, the endpoints (ports) it
 * publishes, environment variables and volumes. Studio's "Custom application" form fills exactly these.
 *
 * @param name                 the application's name
 * @param image                the image ({@code type} {@code docker} or {@code azureml}, {@code reference})
 * @param environmentVariables variable name to value ({@code type} {@code local})
 * @param docker               Docker settings ({@code privileged}), or null
 * @param endpoints            the ports it listens on ({@code target}) and publishes ({@code published})
 * @param volumes              mounts ({@code type} {@code bind} for a host path)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomService(String name, Image image, Map<String, EnvironmentVariable> environmentVariables,
        Docker docker, List<Endpoint> endpoints, List<Volume> volumes) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code Image}: {@code type} {@code docker} (default) or {@code azureml}, and the image reference. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Image(String type, String reference) {
        /** A Docker image such as {@code ghcr.io/azure/rocker-rstudio-ml-verse:latest}. */
        public static Image docker(String reference) {
            return new Image("docker", reference);
        }
    }

    /** {@code EnvironmentVariable}: {@code type} is always {@code local} in the spec. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnvironmentVariable(String type, String value) {
        /** A plain value. */
        public static EnvironmentVariable local(String value) {
            return new EnvironmentVariable("local", value);
        }
    }

    /** {@code Docker}: whether the container runs privileged. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Docker(Boolean privileged) {
    }

    /**
     * {@code Endpoint}: {@code protocol} {@code tcp} (default), {@code udp} or {@code http}; {@code target} the port
     * inside the container; {@code published} the port users reach (a private-link workspace allows 8704–8993).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Endpoint(String protocol, String name, Integer target, Integer published, String hostIp) {
        /** An HTTP endpoint, as Studio's form and Microsoft's example create it. */
        public static Endpoint http(String name, int target, int published) {
            return new Endpoint("http", name, target, published, null);
        }
    }

    /**
     * {@code VolumeDefinition}: {@code type} {@code bind} (default), {@code volume}, {@code tmpfs} or {@code npipe};
     * for a bind mount {@code source} is the host path and {@code target} the path in the container.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Volume(String type, Boolean readOnly, String source, String target) {
        /** A bind mount of a host path, as Studio's "Bind mounts" rows create it. */
        public static Volume bind(String hostPath, String containerPath, boolean readOnly) {
            return new Volume("bind", readOnly, hostPath, containerPath);
        }
    }

    /** A Docker application with HTTP endpoints, environment variables and bind mounts (Studio's form). */
    public static CustomService docker(String name, String imageReference, List<Endpoint> endpoints,
                                       Map<String, String> environment, List<Volume> volumes) {
        Map<String, EnvironmentVariable> env = new LinkedHashMap<>();
        environment.forEach((k, v) -> env.put(k, EnvironmentVariable.local(v)));
        return new CustomService(name, Image.docker(imageReference), env.isEmpty() ? null : env, null,
                List.copyOf(endpoints), volumes.isEmpty() ? null : List.copyOf(volumes));
    }

    /** The JSON entry ARM takes. */
    public JsonNode toJson() {
        return MAPPER.valueToTree(this);
    }

    /** Reads an entry as ARM returns it (unknown fields, such as a kernel, are ignored). */
    public static CustomService fromJson(JsonNode node) {
        return MAPPER.convertValue(node, CustomService.class);
    }
}

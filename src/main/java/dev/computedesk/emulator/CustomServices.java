package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks an instance's {@code customServices} against the spec's shapes ({@code CustomService}, {@code Image},
 * {@code EnvironmentVariable}, {@code Docker}, {@code Endpoint}, {@code VolumeDefinition} and its options in the
 * 2025-12-01 spec; docs/arm.md "Custom applications"): types and enums, as a JSON-schema check of the request would.
 * A refusal is {@code 400 InvalidRequestContent} naming the field, e.g.
 * {@code properties.properties.customServices[0].endpoints[1].target}.
 */
final class CustomServices {
    private static final String ROOT = "properties.properties.customServices";

    private CustomServices() {
    }

    static void validate(JsonNode services) {
        if (!services.isArray()) {
            throw invalid(ROOT, "must be an array");
        }
        for (int i = 0; i < services.size(); i++) {
            service(services.get(i), ROOT + "[" + i + "]");
        }
    }

    private static void service(JsonNode s, String at) {
        object(s, at);
        string(s, "name", at);
        optionalObject(s, "image", at, (image, here) -> {
            enumField(image, "type", here, List.of("docker", "azureml"));
            string(image, "reference", here);
        });
        JsonNode env = s.get("environmentVariables");
        if (present(env)) {
            object(env, at + ".environmentVariables");
            for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String here = at + ".environmentVariables." + e.getKey();
                object(e.getValue(), here);
                enumField(e.getValue(), "type", here, List.of("local"));
                string(e.getValue(), "value", here);
            }
        }
        optionalObject(s, "docker", at, (docker, here) -> bool(docker, "privileged", here));
        optionalArray(s, "endpoints", at, (e, here) -> {
            enumField(e, "protocol", here, List.of("tcp", "udp", "http"));
            string(e, "name", here);
            port(e, "target", here);
            port(e, "published", here);
            string(e, "hostIp", here);
        });
        optionalArray(s, "volumes", at, (v, here) -> {
            enumField(v, "type", here, List.of("bind", "volume", "tmpfs", "npipe"));
            bool(v, "readOnly", here);
            string(v, "source", here);
            string(v, "target", here);
            string(v, "consistency", here);
            optionalObject(v, "bind", here, (bind, at2) -> {
                string(bind, "propagation", at2);
                bool(bind, "createHostPath", at2);
                string(bind, "selinux", at2);
            });
            optionalObject(v, "volume", here, (volume, at2) -> bool(volume, "nocopy", at2));
            optionalObject(v, "tmpfs", here, (tmpfs, at2) -> int32(tmpfs, "size", at2));
        });
    }

    /** Checks each object of the array {@code parent.field} with {@code check} when the array is present. */
    private static void optionalArray(JsonNode parent, String field, String at,
                                      java.util.function.BiConsumer<JsonNode, String> check) {
        JsonNode n = parent.get(field);
        if (present(n)) {
            array(n, at + "." + field);
            for (int i = 0; i < n.size(); i++) {
                String here = at + "." + field + "[" + i + "]";
                object(n.get(i), here);
                check.accept(n.get(i), here);
            }
        }
    }

    /** Checks {@code parent.field} with {@code check} when it is present; it must be an object. */
    private static void optionalObject(JsonNode parent, String field, String at,
                                       java.util.function.BiConsumer<JsonNode, String> check) {
        JsonNode n = parent.get(field);
        if (present(n)) {
            object(n, at + "." + field);
            check.accept(n, at + "." + field);
        }
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull();
    }

    private static void object(JsonNode n, String at) {
        if (!n.isObject()) {
            throw invalid(at, "must be an object");
        }
    }

    private static void array(JsonNode n, String at) {
        if (!n.isArray()) {
            throw invalid(at, "must be an array");
        }
    }

    private static void string(JsonNode parent, String field, String at) {
        JsonNode v = parent.get(field);
        if (present(v) && !v.isTextual()) {
            throw invalid(at + "." + field, "must be a string");
        }
    }

    private static void bool(JsonNode parent, String field, String at) {
        JsonNode v = parent.get(field);
        if (present(v) && !v.isBoolean()) {
            throw invalid(at + "." + field, "must be true or false");
        }
    }

    private static void int32(JsonNode parent, String field, String at) {
        JsonNode v = parent.get(field);
        if (present(v) && !(v.isIntegralNumber() && v.canConvertToInt())) {
            throw invalid(at + "." + field, "must be a 32-bit integer");
        }
    }

    /** A port: the spec's int32; a TCP/UDP port is 1–65535. */
    private static void port(JsonNode parent, String field, String at) {
        int32(parent, field, at);
        JsonNode v = parent.get(field);
        if (present(v) && (v.asInt() < 1 || v.asInt() > 65535)) {
            throw invalid(at + "." + field, "must be a port between 1 and 65535");
        }
    }

    /** Enum values are compared as the spec writes them (lower case; {@code modelAsString}, so case matters). */
    private static void enumField(JsonNode parent, String field, String at, List<String> allowed) {
        JsonNode v = parent.get(field);
        if (!present(v)) {
            return;
        }
        if (!v.isTextual() || !allowed.contains(v.asText())) {
            throw invalid(at + "." + field, "has the value '" + v.asText() + "'; allowed values: "
                    + String.join(", ", allowed));
        }
    }

    private static ArmException invalid(String field, String what) {
        return new ArmException(400, "InvalidRequestContent", "The request content is not valid: '" + field + "' "
                + what + ".");
    }
}

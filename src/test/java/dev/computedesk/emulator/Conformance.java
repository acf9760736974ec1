package dev.computedesk.emulator;

import com.azure.core.management.serializer.SerializerFactory;
import com.azure.core.util.serializer.SerializerAdapter;
import com.azure.core.util.serializer.SerializerEncoding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every answer a test receives (the emulator's answers must conform to Microsoft's
 * published spec): the ARM headers; ML shapes against the saved 2025-12-01 spec (+ the 2026
 * additions); workspaces, linked services and Synapse against the field names and types of
 * Microsoft's examples; tenants, subscriptions, resource groups, role assignments and the pickers'
 * resources by a lossless read through the Azure SDK for Java's own model classes.
 */
final class Conformance {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ML = "/providers/Microsoft\\.MachineLearningServices";
    private static final String WS = "/subscriptions/[^/]+/resourceGroups/[^/]+" + ML + "/workspaces/[^/]+";
    private static final Set<String> MAP_FIELDS = Set.of("tags", "userAssignedIdentities", "outboundRules",
            "sparkConfigProperties");
    private static final SerializerAdapter SDK = SerializerFactory.createDefaultManagementSerializerAdapter();

    private Conformance() {
    }

    /** Throws AssertionError when the answer does not conform. */
    static void check(ArmTestClient.Res res) {
        if (res.header("x-ms-request-id").isEmpty() || res.header("x-ms-correlation-request-id").isEmpty()) {
            throw new AssertionError("missing ARM request id headers on " + res.method() + " " + res.path());
        }
        List<String> errors = errors(res);
        if (!errors.isEmpty()) {
            throw new AssertionError("non-conforming answer to " + res.method() + " " + res.path() + " ("
                    + res.status() + "):\n  " + String.join("\n  ", errors) + "\nbody: " + res.raw());
        }
    }

    static List<String> errors(ArmTestClient.Res res) {
        String p = res.path();
        JsonNode body = res.body();
        if (p.startsWith("/_emulator")) {
            return List.of();
        }
        if (res.status() >= 400) {
            if (body == null || !body.path("error").hasNonNull("code") || !body.path("error").hasNonNull("message")) {
                return List.of("an error must be the ARM envelope {error:{code,message}}");
            }
            return SpecValidator.get().validateCommon(body, "ErrorResponse");
        }
        if (body == null) {
            return List.of();
        }
        if (matches(p, WS + "/computes")) {
            return spec(body, "PaginatedComputeResourcesList");
        }
        if (matches(p, WS + "/computes/[^/]+")) {
            return spec(body, "ComputeResource");
        }
        if (matches(p, WS + "/computes/[^/]+/listKeys")) {
            return spec(body, "ComputeSecrets");
        }
        if (matches(p, WS + "/computes/[^/]+/listNodes")) {
            return spec(body, "AmlComputeNodesInformation");
        }
        if (matches(p, "/subscriptions/[^/]+" + ML + "/locations/[^/]+/vmSizes")) {
            return spec(body, "VirtualMachineSizeListResult");
        }
        if (matches(p, "/subscriptions/[^/]+" + ML + "/locations/[^/]+/usages")) {
            return spec(body, "ListUsagesResult");
        }
        if (matches(p, "/subscriptions/[^/]+" + ML + "/locations/[^/]+/quotas")) {
            return spec(body, "ListWorkspaceQuotas");
        }
        if (matches(p, "/subscriptions/[^/]+" + ML + "/locations/[^/]+/computeOperationsStatus/[^/]+")) {
            return SpecValidator.get().validateCommon(body, "OperationStatusResult");
        }
        if (matches(p, "/subscriptions/[^/]+" + ML + "/locations/[^/]+/computeOperationsResults/[^/]+")) {
            return spec(body, "ComputeResource");
        }
        if (matches(p, WS + "/linkedServices")) {
            return Examples.listShape(body, Examples.linkedService());
        }
        if (matches(p, WS + "/linkedServices/[^/]+")) {
            return Examples.shape(body, Examples.linkedService(), "$");
        }
        if (matches(p, "/subscriptions/[^/]+(/resourceGroups/[^/]+)?" + ML + "/workspaces")) {
            return Examples.listShape(body, Examples.workspace());
        }
        if (matches(p, WS)) {
            return Examples.shape(body, Examples.workspace(), "$");
        }
        String syn = "/subscriptions/[^/]+(/resourceGroups/[^/]+)?/providers/Microsoft\\.Synapse/workspaces";
        if (matches(p, syn)) {
            return Examples.listShape(body, Examples.synapseWorkspace());
        }
        if (matches(p, syn + "/[^/]+")) {
            return Examples.shape(body, Examples.synapseWorkspace(), "$");
        }
        if (matches(p, syn + "/[^/]+/bigDataPools")) {
            return Examples.listShape(body, Examples.bigDataPool());
        }
        if (matches(p, syn + "/[^/]+/bigDataPools/[^/]+")) {
            return Examples.shape(body, Examples.bigDataPool(), "$");
        }
        Class<?> model = sdkModel(p);
        if (model == null) {
            return List.of("no conformance oracle for " + p);
        }
        if (body.has("value") && !matches(p, "/subscriptions/[^/]+")) {
            List<String> errors = new ArrayList<>();
            for (JsonNode item : body.get("value")) {
                errors.addAll(sdkLoss(item, model));
            }
            Iterator<String> names = body.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!n.equals("value") && !n.equals("nextLink")) {
                    errors.add("unexpected list field '" + n + "'");
                }
            }
            return errors;
        }
        return sdkLoss(body, model);
    }

    private static boolean matches(String path, String regex) {
        return Pattern.compile("^" + regex + "$", Pattern.CASE_INSENSITIVE).matcher(path).matches();
    }

    private static List<String> spec(JsonNode body, String definition) {
        return SpecValidator.get().validate(body, definition);
    }

    /** The Azure SDK for Java model class that reads the resource at {@code path}. */
    static Class<?> sdkModel(String p) {
        String res = "com.azure.resourcemanager.";
        String cls;
        if (matches(p, "/tenants")) {
            cls = "resources.fluent.models.TenantIdDescriptionInner";
        } else if (matches(p, "/subscriptions(/[^/]+)?")) {
            cls = "resources.fluent.models.SubscriptionInner";
        } else if (matches(p, "/subscriptions/[^/]+/resourceGroups(/[^/]+)?")) {
            cls = "resources.fluent.models.ResourceGroupInner";
        } else if (matches(p, "/subscriptions/[^/]+(/resourceGroups/[^/]+)?/resources")) {
            cls = "resources.fluent.models.GenericResourceExpandedInner";
        } else if (matches(p, ".*/providers/Microsoft\\.Authorization/roleAssignments(/[^/]+)?")) {
            cls = "authorization.fluent.models.RoleAssignmentInner";
        } else if (matches(p, ".*/providers/Microsoft\\.Authorization/roleDefinitions(/[^/]+)?")) {
            cls = "authorization.fluent.models.RoleDefinitionInner";
        } else if (matches(p, ".*/Microsoft\\.Network/virtualNetworks/[^/]+/subnets(/[^/]+)?")) {
            cls = "network.fluent.models.SubnetInner";
        } else if (matches(p, ".*/Microsoft\\.Network/virtualNetworks(/[^/]+)?")) {
            cls = "network.fluent.models.VirtualNetworkInner";
        } else if (matches(p, ".*/Microsoft\\.Network/networkInterfaces(/[^/]+)?")) {
            cls = "network.fluent.models.NetworkInterfaceInner";
        } else if (matches(p, ".*/Microsoft\\.Network/publicIPAddresses(/[^/]+)?")) {
            cls = "network.fluent.models.PublicIpAddressInner";
        } else if (matches(p, ".*/Microsoft\\.Compute/virtualMachines(/[^/]+)?")) {
            cls = "compute.fluent.models.VirtualMachineInner";
        } else if (matches(p, ".*/Microsoft\\.Compute/skus")) {
            cls = "compute.fluent.models.ResourceSkuInner";
        } else if (matches(p, ".*/Microsoft\\.Compute/sshPublicKeys(/[^/]+)?")) {
            cls = "compute.fluent.models.SshPublicKeyResourceInner";
        } else if (matches(p, ".*/Microsoft\\.ContainerService/managedClusters(/[^/]+)?")) {
            cls = "containerservice.fluent.models.ManagedClusterInner";
        } else if (matches(p, ".*/Microsoft\\.ManagedIdentity/userAssignedIdentities(/[^/]+)?")) {
            cls = "msi.fluent.models.IdentityInner";
        } else if (matches(p, ".*/providers/Microsoft\\.(Kubernetes|HDInsight|Databricks|DataLakeAnalytics)/[^/]+(/[^/]+)?")) {
            // No typed SDK module for these: the app reads them as generic resources (docs/decisions.md).
            cls = "resources.fluent.models.GenericResourceInner";
        } else {
            return null;
        }
        try {
            return Class.forName(res + cls);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads {@code item} into the SDK model, then checks every leaf the emulator sent reaches the
     * model: changing that leaf alone must change what the model holds. (The SDK's own serializer
     * omits read-only fields, so a plain round trip cannot tell.)
     */
    static List<String> sdkLoss(JsonNode item, Class<?> model) {
        List<String> errors = new ArrayList<>();
        JsonNode reference;
        try {
            reference = dump(item, model);
        } catch (IOException | RuntimeException e) {
            return List.of(model.getSimpleName() + " cannot read the body: " + e);
        }
        List<String> leaves = new ArrayList<>();
        leaves(item, "", leaves);
        for (String leaf : leaves) {
            ObjectNode mutated = (ObjectNode) item.deepCopy();
            mutate(mutated, leaf);
            JsonNode changed;
            try {
                changed = dump(mutated, model);
            } catch (IOException | RuntimeException e) {
                continue; // the model parsed (and rejected) the changed value: the field is read
            }
            if (changed.equals(reference)) {
                errors.add("$" + leaf.replace('/', '.') + " is lost by " + model.getSimpleName());
            }
        }
        return errors;
    }

    private static final ObjectMapper FIELDS = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.ALL,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
            .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.FIELD,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private static JsonNode dump(JsonNode item, Class<?> model) throws IOException {
        Object read = SDK.deserialize(item.toString(), model, SerializerEncoding.JSON);
        return FIELDS.valueToTree(read);
    }

    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), path + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "/" + i, out);
            }
        } else if (!node.isNull()) {
            out.add(path);
        }
    }

    private static void mutate(ObjectNode root, String leaf) {
        com.fasterxml.jackson.core.JsonPointer ptr = com.fasterxml.jackson.core.JsonPointer.compile(leaf);
        JsonNode parent = root.at(ptr.head());
        String last = ptr.last().getMatchingProperty();
        JsonNode v = parent.isArray() ? parent.get(Integer.parseInt(last)) : parent.get(last);
        JsonNode nv;
        if (v.isBoolean()) {
            nv = MAPPER.getNodeFactory().booleanNode(!v.asBoolean());
        } else if (v.isNumber()) {
            nv = MAPPER.getNodeFactory().numberNode(v.asLong() + 7);
        } else {
            String s = v.asText();
            String changed;
            try {
                changed = OffsetDateTime.parse(s).plusDays(1).toString();
            } catch (DateTimeParseException e) {
                changed = s.matches("[0-9a-fA-F-]{36}") ? "00000000-0000-0000-0000-00000000beef" : s + "x";
            }
            nv = MAPPER.getNodeFactory().textNode(changed);
        }
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), nv);
        } else {
            ((ObjectNode) parent).set(last, nv);
        }
    }

    /** Microsoft's example bodies, the oracle for shapes the saved spec lacks. */
    static final class Examples {
        private Examples() {
        }

        private static JsonNode body(String file, String status) {
            return SpecValidator.read("/arm/examples/" + file).path("responses").path(status).path("body");
        }

        static JsonNode workspace() {
            ObjectNode merged = body("Microsoft.MachineLearningServices/Workspaces_get.json", "200").deepCopy();
            merge(merged, body("Microsoft.MachineLearningServices/Workspaces_listBySubscription.json", "200")
                    .path("value").path(0));
            return merged;
        }

        static JsonNode linkedService() {
            ObjectNode merged = body("Microsoft.MachineLearningServices/LinkedServices_get.2020-09-01-preview.json", "200")
                    .deepCopy();
            merge(merged, body("Microsoft.MachineLearningServices/LinkedServices_create.2020-09-01-preview.json", "200"));
            merge(merged, body("Microsoft.MachineLearningServices/LinkedServices_list.2020-09-01-preview.json", "200")
                    .path("value").path(0));
            return merged;
        }

        static JsonNode synapseWorkspace() {
            return body("Microsoft.Synapse/Workspaces_list.json", "200").path("value").path(0);
        }

        static JsonNode bigDataPool() {
            return body("Microsoft.Synapse/BigDataPools_listByWorkspace.json", "200").path("value").path(0);
        }

        private static void merge(ObjectNode into, JsonNode from) {
            for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode mine = into.get(e.getKey());
                if (mine instanceof ObjectNode && e.getValue().isObject()) {
                    merge((ObjectNode) mine, e.getValue());
                } else if (mine == null) {
                    into.set(e.getKey(), e.getValue());
                }
            }
        }

        static List<String> listShape(JsonNode body, JsonNode item) {
            List<String> errors = new ArrayList<>();
            if (!body.path("value").isArray()) {
                return List.of("$.value must be an array");
            }
            for (int i = 0; i < body.get("value").size(); i++) {
                errors.addAll(shape(body.get("value").get(i), item, "$.value[" + i + "]"));
            }
            Iterator<String> names = body.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (n.equals("nextLink")) {
                    if (!body.get(n).isTextual()) {
                        errors.add("$.nextLink must be a string");
                    }
                } else if (!n.equals("value")) {
                    errors.add("$." + n + " is not a field of Microsoft's list example");
                }
            }
            return errors;
        }

        /** Every field sent must be in the example, with the same JSON type. */
        static List<String> shape(JsonNode actual, JsonNode example, String path) {
            List<String> errors = new ArrayList<>();
            compare(actual, example, path, errors, false);
            return errors;
        }

        private static void compare(JsonNode actual, JsonNode example, String path, List<String> errors, boolean map) {
            if (example == null || example.isNull() || actual.isNull()) {
                return;
            }
            if (actual.isObject()) {
                if (!example.isObject()) {
                    errors.add(path + ": an object where Microsoft's example has " + example.getNodeType());
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode ex = map ? first(example) : example.get(e.getKey());
                    if (ex == null) {
                        if (!map) {
                            errors.add(path + "." + e.getKey() + " is not a field of Microsoft's example");
                        }
                        continue;
                    }
                    compare(e.getValue(), ex, path + "." + e.getKey(), errors, MAP_FIELDS.contains(e.getKey()));
                }
            } else if (actual.isArray()) {
                if (!example.isArray()) {
                    errors.add(path + ": an array where Microsoft's example has " + example.getNodeType());
                    return;
                }
                if (example.size() > 0) {
                    for (int i = 0; i < actual.size(); i++) {
                        compare(actual.get(i), example.get(0), path + "[" + i + "]", errors, false);
                    }
                }
            } else if (actual.getNodeType() != example.getNodeType()
                    && !(actual.isNumber() && example.isNumber())) {
                errors.add(path + ": " + actual.getNodeType() + " where Microsoft's example has " + example.getNodeType());
            }
        }

        private static JsonNode first(JsonNode node) {
            Iterator<JsonNode> it = node.elements();
            return it.hasNext() ? it.next() : null;
        }
    }
}

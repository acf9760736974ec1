package dev.computedesk.azure.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.model.ComputeProperties;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.UserAssignedIdentityRef;
import dev.computedesk.azure.model.WorkspaceRef;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one mapping between a compute's CLI v2 YAML document ({@code az ml compute create --file}) and its ARM
 * request, per compute type; "Copy as YAML", the create forms' review panes and their "Open YAML" all go through
 * it (docs/yaml.md).
 *
 * <p>Keys are those of the CLI v2 schemas (azure-ai-ml's {@code _schema/compute}); the types the CLI v2 cannot
 * create or attach (AKS, HDInsight, Databricks, Data Lake Analytics) use keys of the same style and have no
 * {@code $schema}. Written text reads back as the same values ({@link YamlText}). Reading names every key it
 * did not use, and why ({@link Read#notUsed()}).
 */
public final class ComputeYaml {
    /** Where the CLI v2 schemas live; {@code $schema} is this plus the type's file. */
    public static final String SCHEMAS = "https://azuremlschemas.azureedge.net/latest/";

    /** How a secret stands in a review pane's YAML (the forms mask what the user typed); read as absent. */
    public static final String MASK = "********";

    private static final List<KindMapping> KINDS;

    static {
        List<KindMapping> kinds = new ArrayList<>(List.of(new InstanceMapping(), new ClusterMapping(),
                new AksMapping()));
        kinds.addAll(AttachMappings.all());
        KINDS = List.copyOf(kinds);
    }

    private ComputeYaml() {
    }

    /**
     * A YAML document read as an ARM request.
     *
     * @param request the request, with the file's {@code name} (null when it has none)
     * @param notUsed what was in the file and is not in the request, each with its reason
     *                ("custom_applications: not a key this app reads, so it was not used")
     */
    public record Read(ComputeResource request, List<String> notUsed) {
        /** Copies the list. */
        public Read {
            notUsed = List.copyOf(notUsed);
        }
    }

    private static Optional<KindMapping> byComputeType(String computeType) {
        return KINDS.stream().filter(k -> k.computeType().equalsIgnoreCase(computeType)).findFirst();
    }

    /** True when the CLI v2 has a file for this compute's type ("Copy as YAML" offers it). */
    public static boolean hasCliFile(ComputeResource compute) {
        return compute != null && byComputeType(compute.computeType()).map(k -> k.schema() != null).orElse(false);
    }

    /** The YAML {@code type} for an ARM {@code computeType} ("AmlCompute" → "amlcompute"); empty when unmapped. */
    public static Optional<String> yamlType(String computeType) {
        return byComputeType(computeType).map(KindMapping::yamlType);
    }

    /**
     * The YAML document of {@code compute}: a compute as ARM returns it, or a request a form built. What Azure does
     * not return and the file needs (a password, a public key) is said in comments at the end.
     *
     * @throws IllegalArgumentException for a compute type with no mapping
     */
    public static String write(ComputeResource compute) {
        List<String> notes = new ArrayList<>();
        String text = YamlText.write(document(compute, notes));
        StringBuilder out = new StringBuilder(text);
        notes.forEach(note -> out.append("# ").append(note).append('\n'));
        return out.toString();
    }

    private static ObjectNode document(ComputeResource compute, List<String> notes) {
        KindMapping kind = byComputeType(compute.computeType()).orElseThrow(() -> new IllegalArgumentException(
                "No YAML for compute type " + compute.computeType()));
        ComputeProperties props = compute.properties();
        YamlOut out = new YamlOut();
        if (kind.schema() != null) {
            out.text("$schema", SCHEMAS + kind.schema());
        }
        out.text("name", compute.name()).text("type", kind.yamlType())
                .text("description", props.description())
                .text("location", compute.location())
                .text("resource_id", props.resourceId());
        kind.write(compute, out, notes);
        out.object("identity", identity(compute.identity()));
        out.textMap("tags", compute.tags());
        return out.node();
    }

    /**
     * Reads a YAML document as the ARM request it describes.
     *
     * @param text               the file's text
     * @param workspace          the workspace it is for: its location when the file has none, its subscription
     *                           and resource group for a subnet given by name
     * @param defaultComputeType the ARM compute type when the file has no {@code type}
     * @throws IllegalArgumentException when the text is not YAML, not a mapping, or of a type with no mapping
     */
    public static Read read(String text, WorkspaceRef workspace, String defaultComputeType) {
        YamlFields in = YamlFields.of(YamlText.read(text));
        String type = in.text("type");
        KindMapping kind = (type == null ? byComputeType(defaultComputeType)
                : KINDS.stream().filter(k -> k.yamlType().equalsIgnoreCase(type.strip())).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("The file's type '" + type + "' is not one this app"
                        + " reads (" + KINDS.stream().map(KindMapping::yamlType).collect(Collectors.joining(", "))
                        + ")"));
        in.text("$schema");
        String name = in.text("name");
        String description = in.text("description");
        String location = in.text("location");
        String resourceId = in.text("resource_id");
        ManagedIdentity identity = identity(in.object("identity"));
        Map<String, String> tags = in.textMap("tags");
        in.setByAzure("id", "provisioning_state", "provisioning_errors", "created_on");
        ComputeProperties properties = kind.read(in, workspace, description, resourceId);
        ComputeResource request = new ComputeResource(null, name, null,
                location != null ? location : workspace == null ? null : workspace.location(),
                tags.isEmpty() ? null : tags, null, identity, null, properties);
        List<String> notUsed = new ArrayList<>(in.problems());
        in.notTaken().forEach(key -> notUsed.add(key + ": not a key this app reads for " + kind.yamlType()
                + ", so it was not used"));
        return new Read(request, notUsed);
    }

    /**
     * The keys of {@code wanted}'s YAML that {@code kept}'s YAML lacks ("tags.team",
     * "schedules.compute_start_stop[1].trigger.frequency"): what a form could not hold of a file it read.
     */
    public static List<String> notKept(ComputeResource wanted, ComputeResource kept) {
        Set<String> keptKeys = new LinkedHashSet<>();
        flatten(document(kept, new ArrayList<>()), "", keptKeys);
        Set<String> wantedKeys = new LinkedHashSet<>();
        flatten(document(wanted, new ArrayList<>()), "", wantedKeys);
        wantedKeys.removeAll(keptKeys);
        return List.copyOf(wantedKeys);
    }

    private static void flatten(JsonNode node, String at, Set<String> keys) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                flatten(entry.getValue(), at + entry.getKey() + ".", keys);
            }
        } else if (node.isArray()) {
            String list = at.substring(0, at.length() - 1);
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), list + "[" + i + "].", keys);
            }
        } else {
            keys.add(at.substring(0, at.length() - 1));
        }
    }

    // ---------------------------------------------------------------- keys every type has

    /** ARM's identity as the CLI writes it: {@code SystemAssigned} → {@code system_assigned}, and so on. */
    private static YamlOut identity(ManagedIdentity identity) {
        if (identity == null || identity.type() == null || identity.type().equalsIgnoreCase("None")) {
            return null;
        }
        String type = identity.type().replace(" ", "").toLowerCase(Locale.ROOT)
                .replace("systemassigned", "system_assigned").replace("userassigned", "user_assigned");
        List<YamlOut> users = new ArrayList<>();
        if (identity.userAssignedIdentities() != null) {
            identity.userAssignedIdentities().keySet().forEach(id -> users.add(new YamlOut().text("resource_id", id)));
        }
        return new YamlOut().text("type", type).list("user_assigned_identities", users);
    }

    private static ManagedIdentity identity(YamlFields in) {
        if (in == null) {
            return null;
        }
        String type = in.text("type");
        in.setByAzure("principal_id", "tenant_id");
        Map<String, UserAssignedIdentityRef> users = new LinkedHashMap<>();
        for (YamlFields user : in.list("user_assigned_identities")) {
            String id = user.text("resource_id");
            user.setByAzure("principal_id", "client_id");
            if (id != null) {
                users.put(id, UserAssignedIdentityRef.empty());
            }
        }
        String normalized = type == null ? "" : type.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        switch (normalized) {
            case "systemassigned":
                return ManagedIdentity.systemAssigned();
            case "userassigned":
                return new ManagedIdentity("UserAssigned", null, null, users);
            case "systemassigned,userassigned":
                return new ManagedIdentity("SystemAssigned,UserAssigned", null, null, users);
            case "none":
            case "":
                return null;
            default:
                in.problem("identity.type: '" + type + "' is not system_assigned, user_assigned or none, so the"
                        + " identity was not used");
                return null;
        }
    }
}

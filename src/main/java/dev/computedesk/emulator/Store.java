package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Everything the emulator knows, as one serialisable object: the ARM resources it serves, the
 * computes with their pending transitions, async operations and the quota catalogue. Guarded by
 * the server's lock; saved whole to the state file.
 */
final class Store {
    /** A pending transition of a compute; it completes when the clock reaches {@code endMs}. */
    static final class Pending {
        String opId;
        String kind;
        long startMs;
        long endMs;
        boolean fail;
        /** The compute as it was before the operation, restored when the operation fails (null for a create). */
        ObjectNode before;
        /** The vCPUs allocated before the operation. */
        int coresBefore;

        Pending() {
        }

        Pending(String opId, String kind, long startMs, long endMs, boolean fail) {
            this.opId = opId;
            this.kind = kind;
            this.startMs = startMs;
            this.endMs = endMs;
            this.fail = fail;
        }
    }

    /** One compute of a workspace: its ARM body (no secrets), its secrets, and its allocation. */
    static final class ComputeRecord {
        String workspaceId;
        String subscriptionId;
        String location;
        ObjectNode resource;
        ObjectNode secrets;
        Pending pending;
        String family;
        String tier;
        int cores;
        /** Nodes of a cluster that run a job, for livelier node lists; the rest are idle. */
        int busyNodes;

        String name() {
            return resource.get("name").asText();
        }

        ObjectNode props() {
            return (ObjectNode) resource.get("properties");
        }

        /** The type-specific properties; a detached empty object for types that have none (DataFactory). */
        ObjectNode inner() {
            com.fasterxml.jackson.databind.JsonNode inner = props().get("properties");
            return inner instanceof ObjectNode ? (ObjectNode) inner : Json.obj();
        }

        String type() {
            return props().get("computeType").asText();
        }
    }

    /** A long-running operation, addressed by its status URL; its outcome is fixed when it starts. */
    static final class OpRecord {
        String id;
        String computeId;
        String kind;
        String subscriptionId;
        String location;
        long startMs;
        long endMs;
        boolean fail;
        String errorCode;
        String errorMessage;
        /** Whether the final Location GET answers the resource (create/update) or 204 (actions, delete). */
        boolean returnsResource;
        /** Superseded by a later operation on the same compute (a delete during a restart). */
        boolean canceled;
    }

    String tenantId;
    List<ObjectNode> tenants = new ArrayList<>();
    List<ObjectNode> subscriptions = new ArrayList<>();
    /** Generic ARM resources (resource groups, workspaces, linked services, pickers' resources, role assignments), by lower-case id. */
    TreeMap<String, ObjectNode> resources = new TreeMap<>();
    /** Computes: lower-case workspace id → lower-case compute name → record, in creation order. */
    LinkedHashMap<String, LinkedHashMap<String, ComputeRecord>> computes = new LinkedHashMap<>();
    LinkedHashMap<String, OpRecord> ops = new LinkedHashMap<>();
    List<ObjectNode> vmSizes = new ArrayList<>();
    /** Dedicated vCPU limit per VM family (e.g. {@code standardDSv2Family}). */
    LinkedHashMap<String, Long> familyLimits = new LinkedHashMap<>();
    long regionalDedicatedLimit;
    long regionalLowPriorityLimit;
    long savedNowMs;
    String seed;

    static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    void put(ObjectNode resource) {
        resources.put(key(resource.get("id").asText()), resource);
    }

    ObjectNode get(String id) {
        return resources.get(key(id));
    }

    /** Resources whose id starts with {@code prefix} (case-insensitive). */
    NavigableMap<String, ObjectNode> under(String prefix) {
        String k = key(prefix);
        return resources.subMap(k, true, k + Character.MAX_VALUE, false);
    }

    /** Whether {@code principalId} holds {@code roleId} at {@code scope} or at a scope above it. */
    boolean holdsRole(String principalId, String scope, String roleId) {
        String scopeKey = key(scope);
        for (ObjectNode a : resources.values()) {
            if (!a.get("type").asText().equals("Microsoft.Authorization/roleAssignments")
                    || !principalId.equalsIgnoreCase(Json.text(a, "properties", "principalId"))
                    || !Json.text(a, "properties", "roleDefinitionId").toLowerCase(Locale.ROOT)
                            .endsWith("/" + roleId.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String s = key(Json.text(a, "properties", "scope"));
            if (scopeKey.equals(s) || scopeKey.startsWith(s.equals("/") ? "/" : s + "/")) {
                return true;
            }
        }
        return false;
    }

    LinkedHashMap<String, ComputeRecord> computesOf(String workspaceId) {
        return computes.computeIfAbsent(key(workspaceId), k -> new LinkedHashMap<>());
    }

    ObjectNode subscription(String subscriptionId) {
        for (ObjectNode s : subscriptions) {
            if (s.get("subscriptionId").asText().equalsIgnoreCase(subscriptionId)) {
                return s;
            }
        }
        return null;
    }

    Map<String, ComputeRecord> allComputes() {
        Map<String, ComputeRecord> all = new LinkedHashMap<>();
        for (Map<String, ComputeRecord> ws : computes.values()) {
            for (ComputeRecord r : ws.values()) {
                all.put(key(r.resource.get("id").asText()), r);
            }
        }
        return all;
    }
}

package dev.computedesk.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.emulator.Store.ComputeRecord;
import dev.computedesk.emulator.Store.OpRecord;
import dev.computedesk.emulator.Store.Pending;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The compute service the emulator plays: validation as the service does it, lifecycles on the
 * emulator clock, quota allocation, nodes, secrets. Callers hold the server lock and call
 * {@link #settle} first, so every read in a request sees one instant.
 */
final class ComputeEngine {
    /** The 2026-07-01 compute-name pattern, enforced exactly (docs/decisions.md "Names"). */
    static final Pattern NAME = Pattern.compile("^[a-zA-Z](?![a-zA-Z0-9-]*-\\d+$)[a-zA-Z0-9\\-]{2,23}$");
    static final String NAME_MESSAGE = "A name for an Azure ML Compute Instance must be between 3 and 24 characters in "
            + "length and must use only numbers, letters and minus symbol (-) and must start with letters. Numbers "
            + "cannot be the ending of the name if the previous character is a minus symbol (-).";
    static final List<String> TYPES = List.of("AKS", "Kubernetes", "AmlCompute", "ComputeInstance", "DataFactory",
            "VirtualMachine", "HDInsight", "Databricks", "DataLakeAnalytics", "SynapseSpark");
    static final String COMPUTE_TYPE = "Microsoft.MachineLearningServices/workspaces/computes";

    static final String CREATE = "Create";
    static final String UPDATE = "Update";
    static final String START = "Start";
    static final String STOP = "Stop";
    static final String RESTART = "Restart";
    static final String DELETE = "Delete";
    static final String RESIZE = "Resize";

    /** Lifecycle durations on the emulator clock: a few seconds, for a lively demo. */
    static final long CREATE_INSTANCE_MS = 8_000;
    static final long CREATE_CLUSTER_MS = 5_000;
    static final long CREATE_AKS_MS = 10_000;
    static final long ATTACH_MS = 3_000;
    static final long UPDATE_MS = 4_000;
    static final long START_MS = 5_000;
    static final long STOP_MS = 5_000;
    static final long RESTART_MS = 6_000;
    static final long DELETE_MS = 4_000;
    static final long RESIZE_MS = 5_000;
    static final int RETRY_AFTER_SECONDS = 1;

    /** Instance states in which the idle shutdown setting may change (steady states, running or stopped). */
    private static final Set<String> IDLE_EDITABLE = Set.of("Running", "JobRunning", "Stopped");

    private static final Set<String> ATTACH_ONLY = Set.of("Kubernetes", "VirtualMachine", "HDInsight", "Databricks",
            "DataLakeAnalytics", "SynapseSpark", "DataFactory");

    interface Urls {
        String operationUrl(OpRecord op, String apiVersion, boolean location);
    }

    private final Store store;
    private final Urls urls;
    /** Where an injected operation failure for the current request comes from (set per request, under the lock). */
    private java.util.function.Supplier<Fault> failureSource = () -> null;
    /**
     * No transition ends before this instant (epoch ms): {@link #settle} has nothing to do until the clock reaches
     * it. Lowered by {@link #pend} whenever a transition starts; {@code Long.MIN_VALUE} (walk at the next settle)
     * for a store loaded from a state file, whose transitions this engine has not seen start.
     */
    private long nextDueMs = Long.MIN_VALUE;

    ComputeEngine(Store store, Urls urls) {
        this.store = store;
        this.urls = urls;
    }

    /**
     * Sets where the operation begun by the current request takes an injected failure from ({@code null}: none).
     * Called under the server lock around each request.
     */
    void failuresFrom(java.util.function.Supplier<Fault> source) {
        failureSource = source == null ? () -> null : source;
    }

    // ---------------------------------------------------------------- clock

    /**
     * Completes every transition whose end the clock has reached (chained transitions too); true when one did (a
     * compute changed, or a deleted one left its workspace).
     *
     * <p>Called before every request, so it must not walk every compute each time: the large seed has 10,000 and
     * a full list is 100 requests (a walk per request was 40% of the emulator's CPU for the list, docs/performance.md).
     * It walks only once the clock reaches {@link #nextDueMs}, the earliest end of any transition.
     */
    boolean settle(long now) {
        if (now < nextDueMs) {
            return false;
        }
        List<ComputeRecord> done = new ArrayList<>();
        long next = Long.MAX_VALUE;
        for (Map<String, ComputeRecord> ws : store.computes.values()) {
            for (ComputeRecord r : ws.values()) {
                if (r.pending == null) {
                    continue;
                }
                if (r.pending.endMs <= now) {
                    done.add(r);
                } else {
                    next = Math.min(next, r.pending.endMs);
                }
            }
        }
        nextDueMs = next;
        for (ComputeRecord r : done) {
            while (r.pending != null && r.pending.endMs <= now) {
                complete(r);
            }
        }
        return !done.isEmpty();
    }

    /** Starts {@code p} on {@code r}, keeping {@link #nextDueMs} no later than its end. */
    private void pend(ComputeRecord r, Pending p) {
        r.pending = p;
        nextDueMs = Math.min(nextDueMs, p.endMs);
    }

    private void complete(ComputeRecord r) {
        Pending p = r.pending;
        r.pending = null;
        ObjectNode props = r.props();
        ObjectNode inner = r.inner();
        String at = Json.time(p.endMs);
        props.put("modifiedOn", at);
        boolean instance = r.type().equals("ComputeInstance");
        if (p.fail && !p.kind.equals(CREATE) && p.before != null) {
            failBack(r, p, at);
            return;
        }
        switch (p.kind) {
            case CREATE:
                if (p.fail) {
                    OpRecord op = p.opId == null ? null : store.ops.get(p.opId);
                    props.put("provisioningState", "Failed");
                    ArrayNode errors = props.putArray("provisioningErrors");
                    ObjectNode e = errors.addObject().putObject("error");
                    e.put("code", op != null && op.errorCode != null ? op.errorCode : "ProvisioningFailed");
                    e.put("message", op != null && op.errorMessage != null ? op.errorMessage : failureMessage(r));
                    if (instance) {
                        inner.put("state", "CreateFailed");
                        lastOperation(r, "Create", p.endMs, "CreateFailed");
                    }
                    release(r);
                } else {
                    props.put("provisioningState", "Succeeded");
                    if (instance) {
                        inner.put("state", "Running");
                        lastOperation(r, "Create", p.endMs, "Succeeded");
                    } else if (r.type().equals("AmlCompute")) {
                        settleSshAccess(inner);
                        beginResizeIfNeeded(r, p.endMs);
                    } else if (r.type().equals("AKS") && !props.path("isAttachedCompute").asBoolean()) {
                        inner.put("clusterFqdn", r.name() + "-" + shortHash(r) + ".hcp." + r.location + ".azmk8s.io");
                        ArrayNode services = inner.putArray("systemServices");
                        ObjectNode svc = services.addObject();
                        svc.put("systemServiceType", "ScoringFrontEnd");
                        svc.put("publicIpAddress", publicIp(r));
                        svc.put("version", "0.2.1");
                    }
                }
                break;
            case UPDATE:
                props.put("provisioningState", "Succeeded");
                if (r.type().equals("AmlCompute")) {
                    beginResizeIfNeeded(r, p.endMs);
                }
                break;
            case START:
            case RESTART:
                inner.put("state", "Running");
                lastOperation(r, p.kind, p.endMs, "Succeeded");
                break;
            case STOP:
                inner.put("state", "Stopped");
                lastOperation(r, p.kind, p.endMs, "Succeeded");
                break;
            case DELETE:
                release(r);
                store.computesOf(r.workspaceId).remove(Store.key(r.name()));
                break;
            case RESIZE:
                int target = inner.path("targetNodeCount").asInt();
                inner.put("allocationState", "Steady");
                inner.put("allocationStateTransitionTime", at);
                inner.put("currentNodeCount", target);
                nodeStateCounts(r);
                break;
            default:
                throw new IllegalStateException("unknown transition " + p.kind);
        }
    }

    /**
     * A failed update, start, stop, restart, delete or detach leaves the compute as it was before (a failed stop:
     * still running; a failed delete: still there), as the service does; an instance's last operation says Failed.
     */
    private void failBack(ComputeRecord r, Pending p, String at) {
        r.resource = p.before;
        r.cores = p.coresBefore;
        r.props().put("modifiedOn", at);
        if (r.type().equals("ComputeInstance") && !p.kind.equals(UPDATE)) {
            // The spec's words: StartFailed, StopFailed, RestartFailed, DeleteFailed.
            lastOperation(r, p.kind, p.endMs, p.kind + "Failed");
        }
    }

    private static String failureMessage(ComputeRecord r) {
        String size = sizeNamedIn(r);
        return "Compute '" + r.name() + "' could not be provisioned: the allocation of "
                + (size == null ? "its resources" : size) + " failed in " + r.location + ". Please try again"
                + (size == null ? "." : " or choose another VM size.");
    }

    /**
     * The size the compute asked for, under whichever field its type keeps it ({@code vmSize} for instances and
     * clusters, {@code agentVmSize} for AKS, {@code virtualMachineSize} for an attached VM, {@code nodeSize} for a
     * Spark pool); null for types without one (Kubernetes, Databricks, …), so a message never names "null".
     */
    private static String sizeNamedIn(ComputeRecord r) {
        String size = vmSizeOf(r);
        if (size == null) {
            size = Json.text(r.inner(), "virtualMachineSize");
        }
        String nodeSize = Json.text(r.inner(), "nodeSize");
        if (size == null && nodeSize != null && !nodeSize.isBlank()) {
            String family = Json.text(r.inner(), "nodeSizeFamily");
            size = nodeSize + " Spark nodes" + (family == null || family.isBlank() ? "" : " (" + family + ")");
        }
        return size == null || size.isBlank() || size.equals("null") ? null : size;
    }

    private void beginResizeIfNeeded(ComputeRecord r, long fromMs) {
        ObjectNode inner = r.inner();
        int current = inner.path("currentNodeCount").asInt();
        int target = targetFor(inner, current);
        inner.put("targetNodeCount", target);
        if (target != current) {
            inner.put("allocationState", "Resizing");
            inner.put("allocationStateTransitionTime", Json.time(fromMs));
            pend(r, new Pending(null, RESIZE, fromMs, fromMs + RESIZE_MS, false));
        }
        nodeStateCounts(r);
    }

    /** Without jobs, a cluster settles at its minimum within [min, max]. */
    private static int targetFor(ObjectNode inner, int current) {
        JsonNode scale = inner.path("scaleSettings");
        int min = scale.path("minNodeCount").asInt(0);
        int max = scale.path("maxNodeCount").asInt(0);
        return Math.max(min, Math.min(max, Math.min(current, min)));
    }

    static void nodeStateCounts(ComputeRecord r) {
        ObjectNode inner = r.inner();
        int current = inner.path("currentNodeCount").asInt();
        int target = inner.path("targetNodeCount").asInt();
        boolean resizing = "Resizing".equals(Json.text(inner, "allocationState"));
        int steady = resizing ? Math.min(current, target) : current;
        int running = Math.min(r.busyNodes, steady);
        ObjectNode counts = inner.putObject("nodeStateCounts");
        counts.put("idleNodeCount", steady - running);
        counts.put("runningNodeCount", running);
        counts.put("preparingNodeCount", resizing ? Math.max(0, target - current) : 0);
        counts.put("unusableNodeCount", 0);
        counts.put("leavingNodeCount", resizing ? Math.max(0, current - target) : 0);
        counts.put("preemptedNodeCount", 0);
    }

    private static void lastOperation(ComputeRecord r, String name, long atMs, String status) {
        ObjectNode last = r.inner().putObject("lastOperation");
        last.put("operationName", name);
        last.put("operationTime", Json.time(atMs));
        last.put("operationStatus", status);
        last.put("operationTrigger", "User");
    }

    // ---------------------------------------------------------------- reads

    ObjectNode view(ComputeRecord r) {
        return r.resource.deepCopy();
    }

    ComputeRecord require(String workspaceId, String name) {
        ComputeRecord r = store.computesOf(workspaceId).get(Store.key(name));
        if (r == null) {
            throw new ArmException(404, "ResourceNotFound", "The Resource '" + COMPUTE_TYPE + "/" + name
                    + "' under the workspace '" + lastSegment(workspaceId) + "' was not found.");
        }
        return r;
    }

    ObjectNode opStatus(OpRecord op, long now) {
        ObjectNode body = Json.obj();
        body.put("id", "/subscriptions/" + op.subscriptionId + "/providers/Microsoft.MachineLearningServices/locations/"
                + op.location + "/computeOperationsStatus/" + op.id);
        body.put("name", op.id);
        body.put("status", opState(op, now));
        body.put("startTime", Json.time(op.startMs));
        if (now >= op.endMs) {
            body.put("endTime", Json.time(op.endMs));
            body.put("percentComplete", 100.0);
        } else {
            body.put("percentComplete", Math.floor(100.0 * (now - op.startMs) / Math.max(1, op.endMs - op.startMs)));
        }
        if (now >= op.endMs && (op.fail || op.canceled)) {
            ObjectNode error = body.putObject("error");
            error.put("code", op.errorCode);
            error.put("message", op.errorMessage);
        }
        return body;
    }

    static String opState(OpRecord op, long now) {
        return now < op.endMs ? "InProgress" : op.canceled ? "Canceled" : op.fail ? "Failed" : "Succeeded";
    }

    // ---------------------------------------------------------------- create / update

    Resp put(ObjectNode workspace, String name, JsonNode body, java.util.function.BooleanSupplier provisioningFailure,
             String apiVersion, long now) {
        String workspaceId = workspace.get("id").asText();
        if (!(body instanceof ObjectNode) || !(body.get("properties") instanceof ObjectNode)) {
            throw new ArmException(400, "InvalidRequestContent",
                    "The request content is not valid: 'properties' with a 'computeType' is required.");
        }
        ObjectNode props = (ObjectNode) body.get("properties");
        String type = canonicalType(Json.text(props, "computeType"));
        if (!NAME.matcher(name).matches()) {
            throw new ArmException(400, "InvalidResourceName", NAME_MESSAGE);
        }
        ComputeRecord existing = store.computesOf(workspaceId).get(Store.key(name));
        if (existing != null) {
            if (!existing.type().equals(type)) {
                throw ArmException.conflict("Compute '" + existing.name() + "' already exists with compute type '"
                        + existing.type() + "'; it cannot be updated to compute type '" + type + "'.");
            }
            return update(existing, (ObjectNode) body, false, apiVersion, now);
        }
        String location = workspace.get("location").asText();
        checkRegionUnique(workspace, name, location);
        ComputeRecord r = newRecord(workspace, name, body, type, now);
        ObjectNode inner = props.get("properties") instanceof ObjectNode
                ? stripNulls(((ObjectNode) props.get("properties")).deepCopy()) : Json.obj();
        long duration;
        switch (type) {
            case "ComputeInstance":
                createInstance(r, inner, now);
                duration = CREATE_INSTANCE_MS;
                break;
            case "AmlCompute":
                createCluster(r, inner);
                duration = CREATE_CLUSTER_MS;
                break;
            case "AKS":
                duration = createAks(r, inner) ? CREATE_AKS_MS : ATTACH_MS;
                break;
            default:
                attach(r, inner);
                duration = ATTACH_MS;
        }
        allocate(r);
        store.computesOf(workspaceId).put(Store.key(name), r);
        // Taken only now, so an update or a refused create does not use up an injected failure.
        OpRecord op = begin(r, CREATE, now, duration, provisioningFailure.getAsBoolean(), true);
        String url = urls.operationUrl(op, apiVersion, false);
        return new Resp(201, view(r)).header("Azure-AsyncOperation", url)
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }

    private static String canonicalType(String type) {
        if (type == null) {
            throw new ArmException(400, "InvalidRequestContent", "The request content is not valid: "
                    + "'properties.computeType' is required. Allowed values: " + String.join(", ", TYPES) + ".");
        }
        for (String t : TYPES) {
            if (t.equals(type)) {
                return t;
            }
        }
        throw new ArmException(400, "InvalidRequestContent", "The request content is not valid: unknown compute "
                + "type '" + type + "'. Allowed values: " + String.join(", ", TYPES) + ".");
    }

    private void checkRegionUnique(ObjectNode workspace, String name, String location) {
        String sub = subscriptionOf(workspace.get("id").asText());
        for (Map<String, ComputeRecord> ws : store.computes.values()) {
            ComputeRecord other = ws.get(Store.key(name));
            if (other != null && other.subscriptionId.equalsIgnoreCase(sub)
                    && other.location.equalsIgnoreCase(location)) {
                throw ArmException.badRequest("Compute name '" + name + "' is not available. Reason: AlreadyExists.");
            }
        }
    }

    private ComputeRecord newRecord(ObjectNode workspace, String name, JsonNode body, String type, long now) {
        String workspaceId = workspace.get("id").asText();
        ComputeRecord r = new ComputeRecord();
        r.workspaceId = workspaceId;
        r.subscriptionId = subscriptionOf(workspaceId);
        r.location = workspace.get("location").asText();
        ObjectNode res = Json.obj();
        res.put("id", workspaceId + "/computes/" + name);
        res.put("name", name);
        res.put("type", COMPUTE_TYPE);
        String location = Json.text(body, "location");
        res.put("location", location == null ? r.location : location);
        if (body.get("tags") instanceof ObjectNode) {
            res.set("tags", body.get("tags").deepCopy());
        }
        if (body.get("sku") instanceof ObjectNode) {
            res.set("sku", body.get("sku").deepCopy());
        }
        if (body.get("identity") instanceof ObjectNode) {
            res.set("identity", identity((ObjectNode) body.get("identity")));
        }
        ObjectNode in = (ObjectNode) body.get("properties");
        ObjectNode props = res.putObject("properties");
        props.put("computeType", type);
        String computeLocation = Json.text(in, "computeLocation");
        props.put("computeLocation", computeLocation == null ? res.get("location").asText() : computeLocation);
        props.put("provisioningState", "Creating");
        if (in.hasNonNull("description")) {
            props.put("description", in.get("description").asText());
        }
        props.put("createdOn", Json.time(now));
        props.put("modifiedOn", Json.time(now));
        if (in.hasNonNull("resourceId")) {
            props.put("resourceId", in.get("resourceId").asText());
        }
        props.put("isAttachedCompute", false);
        props.put("disableLocalAuth", in.path("disableLocalAuth").asBoolean(false));
        r.resource = res;
        return r;
    }

    /** The service fills the principal of a managed identity; user-assigned ones keep their ids. */
    private ObjectNode identity(ObjectNode in) {
        String type = Json.text(in, "type");
        List<String> allowed = List.of("None", "SystemAssigned", "UserAssigned", "SystemAssigned,UserAssigned");
        if (type == null || !allowed.contains(type)) {
            throw ArmException.badRequest("The identity type '" + type + "' is not valid. Allowed values: "
                    + String.join(", ", allowed) + ".");
        }
        ObjectNode out = Json.obj();
        out.put("type", type);
        if (type.startsWith("SystemAssigned")) {
            out.put("principalId", UUID.randomUUID().toString());
            out.put("tenantId", DemoSeed.TENANT_ID);
        }
        if (type.contains("UserAssigned")) {
            ObjectNode uais = out.putObject("userAssignedIdentities");
            JsonNode given = in.path("userAssignedIdentities");
            Iterator<String> ids = given.fieldNames();
            if (!ids.hasNext()) {
                throw ArmException.badRequest("A user-assigned identity type needs at least one entry in "
                        + "'userAssignedIdentities'.");
            }
            while (ids.hasNext()) {
                String id = ids.next();
                ObjectNode known = store.get(id);
                ObjectNode u = uais.putObject(id);
                u.put("principalId", known != null ? Json.text(known, "properties", "principalId")
                        : UUID.nameUUIDFromBytes(("p" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
                u.put("clientId", known != null ? Json.text(known, "properties", "clientId")
                        : UUID.nameUUIDFromBytes(("c" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
            }
        }
        return out;
    }

    private void createInstance(ComputeRecord r, ObjectNode inner, long now) {
        ObjectNode size = requireSize(inner, "vmSize", r.location);
        r.secrets = takeSecrets(inner, List.of("sshSettings.adminPublicKey"));
        stripReadOnly(inner, List.of("osImageMetadata", "connectivityEndpoints", "applications", "createdBy",
                "errors", "state", "lastOperation", "containers", "dataDisks", "dataMounts", "versions"));
        enumField(inner, "applicationSharingPolicy", "Shared", "Personal", "Shared");
        enumField(inner, "computeInstanceAuthorizationType", "personal", "personal");
        ObjectNode ssh = Json.path(inner, "sshSettings");
        enumField(ssh, "sshPublicAccess", "Disabled", "Enabled", "Disabled");
        ssh.remove("sshPort");
        ssh.put("adminUserName", "azureuser");
        ssh.put("sshPort", "Enabled".equals(ssh.get("sshPublicAccess").asText()) ? 50000 : 22);
        // SSH enabled with no adminPublicKey is accepted: Studio's "Set up an SSH key later" creates exactly that,
        // and the key is added afterwards (Microsoft's how-to-create-compute-instance; docs/arm.md).
        if (inner.has("idleTimeBeforeShutdown")) {
            idleTime(inner.get("idleTimeBeforeShutdown"));
        }
        JsonNode assigned = inner.path("personalComputeInstanceSettings").path("assignedUser");
        if (inner.has("personalComputeInstanceSettings")
                && (!assigned.hasNonNull("objectId") || !assigned.hasNonNull("tenantId"))) {
            throw ArmException.badRequest("'personalComputeInstanceSettings.assignedUser' needs 'objectId' and 'tenantId'.");
        }
        if (!inner.has("enableSSO")) {
            inner.put("enableSSO", true);
        }
        booleanField(inner, "enableSSO");
        // enableRootAccess is a field of the preview API only (2026-07-15-preview's example); the stable versions the
        // emulator serves do not define it, so it is not kept, as the service ignores what its version does not know
        // (docs/arm.md "Custom applications, SSO and root access").
        inner.remove("enableRootAccess");
        if (inner.has("customServices")) {
            CustomServices.validate(inner.get("customServices"));
        }
        boolean publicIp = inner.path("enableNodePublicIp").asBoolean(true);
        inner.put("enableNodePublicIp", publicIp);
        ObjectNode endpoints = inner.putObject("connectivityEndpoints");
        if (publicIp) {
            endpoints.put("publicIpAddress", publicIp(r));
        } else {
            endpoints.putNull("publicIpAddress");
        }
        endpoints.put("privateIpAddress", privateIp(r, 0));
        ArrayNode apps = inner.putArray("applications");
        // As recorded from real ARM (docs/arm.md): "Jupyter" at /tree/ and "Jupyter Lab" at /lab. Custom
        // applications stay in customServices; no recording or example lists them in applications[].
        for (String[] app : new String[][]{{"Jupyter", "tree/"}, {"Jupyter Lab", "lab"}}) {
            ObjectNode a = apps.addObject();
            a.put("displayName", app[0]);
            a.put("endpointUri", "https://" + r.name() + "." + r.location + ".instances.azureml.ms/" + app[1]);
        }
        ObjectNode by = inner.putObject("createdBy");
        by.put("userName", DemoSeed.USER_NAME);
        by.put("userOrgId", DemoSeed.TENANT_ID);
        by.put("userId", DemoSeed.USER_OID);
        ObjectNode image = inner.putObject("osImageMetadata");
        image.put("currentImageVersion", "26.10.20");
        image.put("latestImageVersion", "26.10.20");
        image.put("isLatestOsImageVersion", true);
        inner.put("state", "Creating");
        r.props().set("properties", inner);
        lastOperation(r, "Create", now, "InProgress");
        r.family = size.get("family").asText();
        r.tier = "Dedicated";
        r.cores = size.get("vCPUs").asInt();
    }

    private static void idleTime(JsonNode value) {
        String message = "'idleTimeBeforeShutdown' must be an ISO 8601 duration between PT15M and P3D.";
        if (!value.isTextual()) {
            throw ArmException.badRequest(message);
        }
        try {
            Duration d = Duration.parse(value.asText());
            if (d.compareTo(Duration.ofMinutes(15)) < 0 || d.compareTo(Duration.ofDays(3)) > 0) {
                throw ArmException.badRequest(message);
            }
        } catch (DateTimeParseException e) {
            throw ArmException.badRequest(message);
        }
    }

    private void createCluster(ComputeRecord r, ObjectNode inner) {
        ObjectNode size = requireSize(inner, "vmSize", r.location);
        r.secrets = takeSecrets(inner, List.of("userAccountCredentials.adminUserPassword",
                "userAccountCredentials.adminUserSshPublicKey"));
        stripReadOnly(inner, List.of("allocationState", "allocationStateTransitionTime", "errors", "currentNodeCount",
                "targetNodeCount", "nodeStateCounts"));
        enumField(inner, "osType", "Linux", "Linux", "Windows");
        enumField(inner, "vmPriority", "Dedicated", "Dedicated", "LowPriority");
        if (inner.has("userAccountCredentials") && !inner.path("userAccountCredentials").hasNonNull("adminUserName")) {
            throw ArmException.badRequest("'userAccountCredentials.adminUserName' is required.");
        }
        // NotSpecified stays as sent while the cluster is created (real ARM's 201 echoes it) and is settled when
        // the create succeeds: see settleSshAccess.
        enumField(inner, "remoteLoginPortPublicAccess", "NotSpecified", "Enabled", "Disabled", "NotSpecified");
        if (!inner.has("enableNodePublicIp")) {
            inner.put("enableNodePublicIp", true);
        }
        if (!inner.has("isolatedNetwork")) {
            inner.put("isolatedNetwork", false);
        }
        ObjectNode scale = validateScale(inner.get("scaleSettings"));
        inner.set("scaleSettings", scale);
        inner.put("allocationState", "Steady");
        inner.put("allocationStateTransitionTime", r.props().get("createdOn").asText());
        inner.put("currentNodeCount", 0);
        inner.put("targetNodeCount", 0);
        r.props().set("properties", inner);
        nodeStateCounts(r);
        r.family = size.get("family").asText();
        r.tier = inner.get("vmPriority").asText();
        r.cores = scale.get("minNodeCount").asInt() * size.get("vCPUs").asInt();
    }

    /**
     * The spec's {@code remoteLoginPortPublicAccess}: "NotSpecified - Indicates that the public ssh port is closed on
     * all nodes of the cluster if VNet is defined, else is open all public nodes. It can be default only during
     * cluster creation time, after creation it will be either enabled or disabled." Real ARM's PUT answer echoes
     * NotSpecified and the created cluster reads Enabled (recordings in docs/arm.md).
     */
    private static void settleSshAccess(ObjectNode inner) {
        if ("NotSpecified".equals(inner.path("remoteLoginPortPublicAccess").asText())) {
            inner.put("remoteLoginPortPublicAccess", inner.hasNonNull("subnet") ? "Disabled" : "Enabled");
        }
    }

    private static ObjectNode validateScale(JsonNode scaleNode) {
        if (!(scaleNode instanceof ObjectNode)) {
            throw ArmException.badRequest("'scaleSettings' with 'maxNodeCount' is required for an AmlCompute cluster.");
        }
        ObjectNode scale = ((ObjectNode) scaleNode).deepCopy();
        JsonNode max = scale.get("maxNodeCount");
        JsonNode min = scale.get("minNodeCount");
        if (max == null || !max.canConvertToInt() || !max.isIntegralNumber()) {
            throw ArmException.badRequest("'scaleSettings.maxNodeCount' is required and must be an integer.");
        }
        if (min != null && !min.isNull() && !min.isIntegralNumber()) {
            throw ArmException.badRequest("'scaleSettings.minNodeCount' must be an integer.");
        }
        int minCount = min == null || min.isNull() ? 0 : min.asInt();
        if (minCount < 0 || max.asInt() < minCount || max.asInt() < 1) {
            throw ArmException.badRequest("Invalid scale settings: minNodeCount (" + minCount + ") must be at least 0"
                    + " and maxNodeCount (" + max.asInt() + ") at least 1 and not below minNodeCount.");
        }
        scale.put("minNodeCount", minCount);
        JsonNode idle = scale.get("nodeIdleTimeBeforeScaleDown");
        if (idle != null && !idle.isNull()) {
            try {
                Duration.parse(idle.asText());
            } catch (DateTimeParseException e) {
                throw ArmException.badRequest("'scaleSettings.nodeIdleTimeBeforeScaleDown' must be an ISO 8601 "
                        + "duration such as PT120S.");
            }
        } else {
            scale.put("nodeIdleTimeBeforeScaleDown", "PT120S");
        }
        return scale;
    }

    /** Returns true when the workspace creates the AKS cluster, false for an attach of an existing one. */
    private boolean createAks(ComputeRecord r, ObjectNode inner) {
        r.secrets = takeSecrets(inner, List.of("sslConfiguration.cert", "sslConfiguration.key"));
        stripReadOnly(inner, List.of("systemServices"));
        String purpose = enumField(inner, "clusterPurpose", "FastProd", "FastProd", "DenseProd", "DevTest");
        enumField(inner, "loadBalancerType", "PublicIp", "PublicIp", "InternalLoadBalancer");
        boolean attach = r.props().hasNonNull("resourceId");
        if (attach) {
            r.props().put("isAttachedCompute", true);
            ObjectNode aks = store.get(r.props().get("resourceId").asText());
            if (aks != null && !inner.has("agentCount")) {
                JsonNode pool = aks.path("properties").path("agentPoolProfiles").path(0);
                inner.put("agentCount", pool.path("count").asInt(3));
                inner.put("agentVmSize", pool.path("vmSize").asText("Standard_D3_v2"));
            }
            if (aks != null) {
                inner.put("clusterFqdn", Json.text(aks, "properties", "fqdn"));
            }
        } else {
            // Service defaults first, so Microsoft's minimal AKS example is valid (docs/decisions.md "AKS capacity").
            if (!inner.hasNonNull("agentCount")) {
                inner.put("agentCount", 3);
            }
            if (!inner.hasNonNull("agentVmSize")) {
                inner.put("agentVmSize", "Standard_D3_v2");
            }
            if (!inner.get("agentCount").isIntegralNumber() || inner.get("agentCount").asInt() < 0) {
                throw ArmException.badRequest("'agentCount' must be a non-negative integer.");
            }
            ObjectNode size = requireSize(inner, "agentVmSize", r.location);
            int agents = inner.get("agentCount").asInt();
            int vcpus = agents * size.get("vCPUs").asInt();
            if (vcpus < 12) {
                throw ArmException.badRequest("The AKS cluster needs at least 12 vCPUs (agentCount x vCPUs of "
                        + "agentVmSize); " + agents + " x " + size.get("name").asText() + " (" + size.get("vCPUs").asInt()
                        + " vCPUs) gives " + vcpus + ".");
            }
            int minNodes = purpose.equals("DevTest") ? 1 : 3;
            if (agents < minNodes) {
                throw ArmException.badRequest("A cluster with purpose '" + purpose + "' needs at least " + minNodes
                        + " nodes; agentCount is " + agents + ".");
            }
            r.props().put("resourceId", "/subscriptions/" + r.subscriptionId + "/resourcegroups/"
                    + resourceGroupOf(r.workspaceId) + "/providers/Microsoft.ContainerService/managedClusters/"
                    + r.name() + "-" + shortHash(r));
            ObjectNode kube = r.secrets;
            kube.put("userKubeConfig", kubeConfig(r, "clusterUser"));
            kube.put("adminKubeConfig", kubeConfig(r, "clusterAdmin"));
            kube.put("imagePullSecretName", "acr-" + shortHash(r));
        }
        r.props().set("properties", inner);
        return !attach;
    }

    private static String kubeConfig(ComputeRecord r, String user) {
        return "apiVersion: v1\nkind: Config\nclusters:\n- name: " + r.name() + "\n  cluster:\n    server: https://"
                + r.name() + "-" + shortHash(r) + ".hcp." + r.location + ".azmk8s.io:443\nusers:\n- name: " + user
                + "_" + r.name() + "\n  user:\n    token: " + UUID.randomUUID().toString().replace("-", "") + "\n";
    }

    private void attach(ComputeRecord r, ObjectNode inner) {
        String type = r.type();
        String resourceId = Json.text(r.props(), "resourceId");
        if (resourceId == null && !type.equals("DataFactory")) {
            throw ArmException.badRequest("'resourceId' is required to attach a compute of type '" + type + "'.");
        }
        if (resourceId != null && !resourceId.startsWith("/subscriptions/")) {
            throw ArmException.badRequest("'resourceId' must be the ARM id of the resource to attach: '" + resourceId + "'.");
        }
        r.props().put("isAttachedCompute", true);
        ObjectNode target = resourceId == null ? null : store.get(resourceId);
        switch (type) {
            case "Kubernetes":
                r.secrets = takeSecrets(inner, List.of("relayConnectionString", "serviceBusConnectionString"));
                if (!inner.hasNonNull("namespace")) {
                    inner.put("namespace", "default");
                }
                break;
            case "VirtualMachine":
            case "HDInsight":
                r.secrets = takeSecrets(inner, List.of("administratorAccount.password",
                        "administratorAccount.publicKeyData", "administratorAccount.privateKeyData"));
                if (!inner.has("sshPort")) {
                    inner.put("sshPort", 22);
                }
                if (target != null && type.equals("VirtualMachine")) {
                    if (!inner.has("virtualMachineSize")) {
                        inner.put("virtualMachineSize", Json.text(target, "properties", "hardwareProfile", "vmSize"));
                    }
                    if (!inner.has("address")) {
                        inner.put("address", publicIp(r));
                    }
                }
                if (target != null && type.equals("HDInsight") && !inner.has("address")) {
                    inner.put("address", lastSegment(resourceId) + "-ssh.azurehdinsight.net");
                }
                break;
            case "Databricks":
                refuseForeignDatabricks(r, resourceId);
                r.secrets = takeSecrets(inner, List.of("databricksAccessToken"));
                if (target != null && !inner.has("workspaceUrl")) {
                    inner.put("workspaceUrl", Json.text(target, "properties", "workspaceUrl"));
                }
                break;
            case "DataLakeAnalytics":
                if (target != null && !inner.has("dataLakeStoreAccountName")) {
                    inner.put("dataLakeStoreAccountName", Json.text(target, "properties", "defaultDataLakeStoreAccount"));
                }
                break;
            case "SynapseSpark":
                fillSynapse(inner, resourceId, target);
                break;
            default:
                break;
        }
        if (r.secrets == null) {
            r.secrets = Json.obj();
        }
        if (!type.equals("DataFactory")) {
            r.props().set("properties", inner);
        }
    }

    /**
     * A Databricks workspace of another subscription than the ML workspace's is attached only for a caller with
     * Contributor (or Owner) on it, as Microsoft's attach page says (docs/attach.md "Databricks from another
     * subscription"). No recorded refusal was found: the 403 {@code AuthorizationFailed} and its words are the
     * emulator's, shaped like ARM's own.
     */
    private void refuseForeignDatabricks(ComputeRecord r, String resourceId) {
        String[] seg = resourceId.split("/");
        if (seg.length < 3 || seg[2].equalsIgnoreCase(r.subscriptionId)) {
            return;
        }
        if (store.holdsRole(DemoSeed.USER_OID, resourceId, DemoSeed.CONTRIBUTOR_ROLE_ID)
                || store.holdsRole(DemoSeed.USER_OID, resourceId, DemoSeed.OWNER_ROLE_ID)) {
            return;
        }
        throw new ArmException(403, "AuthorizationFailed", "The client '" + DemoSeed.USER_UPN + "' with object id '"
                + DemoSeed.USER_OID + "' does not have authorization to attach the Azure Databricks workspace '"
                + resourceId + "' (property 'resourceId'): a Databricks workspace from another subscription than the "
                + "Azure Machine Learning workspace's needs the Contributor role on it.");
    }

    private static void fillSynapse(ObjectNode inner, String resourceId, ObjectNode pool) {
        String[] seg = resourceId.split("/");
        // /subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Synapse/workspaces/{w}/bigDataPools/{p}
        if (seg.length != 11 || !seg[6].equalsIgnoreCase("Microsoft.Synapse") || !seg[9].equalsIgnoreCase("bigDataPools")) {
            throw ArmException.badRequest("'resourceId' must be the ARM id of a Synapse Spark pool "
                    + "(.../providers/Microsoft.Synapse/workspaces/{workspace}/bigDataPools/{pool}): '" + resourceId + "'.");
        }
        inner.put("subscriptionId", seg[2]);
        inner.put("resourceGroup", seg[4]);
        inner.put("workspaceName", seg[8]);
        inner.put("poolName", seg[10]);
        if (pool != null) {
            JsonNode p = pool.path("properties");
            ObjectNode scale = inner.putObject("autoScaleProperties");
            scale.put("minNodeCount", p.path("autoScale").path("minNodeCount").asInt());
            scale.put("enabled", p.path("autoScale").path("enabled").asBoolean());
            scale.put("maxNodeCount", p.path("autoScale").path("maxNodeCount").asInt());
            ObjectNode pause = inner.putObject("autoPauseProperties");
            pause.put("delayInMinutes", p.path("autoPause").path("delayInMinutes").asInt());
            pause.put("enabled", p.path("autoPause").path("enabled").asBoolean());
            inner.put("sparkVersion", p.path("sparkVersion").asText());
            inner.put("nodeCount", p.path("nodeCount").asInt());
            inner.put("nodeSize", p.path("nodeSize").asText());
            inner.put("nodeSizeFamily", p.path("nodeSizeFamily").asText());
        }
    }

    /**
     * A same-type PUT ({@code patch} false) or a scale PATCH ({@code patch} true) of an existing compute.
     *
     * <p>As recorded from real ARM (docs/arm.md "Editing a compute"): a same-type PUT answers {@code 201} with only
     * {@code Azure-AsyncOperation} and a body whose {@code provisioningState} is {@code Creating}; the PATCH answers
     * {@code 200} with {@code Azure-AsyncOperation} and {@code Location} and {@code Updating} (spec and example; no
     * recording). While the change runs, the compute's GET shows {@code Updating}; a cluster whose target node count
     * changes then shows {@code allocationState: Resizing} until its nodes settle.
     */
    private Resp update(ComputeRecord r, ObjectNode body, boolean patch, String apiVersion, long now) {
        String state = Json.text(r.props(), "provisioningState");
        if (blocking(r)) {
            // An instance names its own state (Starting, Stopping …); other types their provisioning state.
            String shown = r.type().equals("ComputeInstance") ? Json.text(r.inner(), "state") : state;
            throw ArmException.conflict("Compute '" + r.name() + "' cannot be updated while it is in state '" + shown
                    + "' with an operation in progress (" + r.pending.kind + "); try again when it completes.");
        }
        // The DESIGN table: a scale PATCH needs Succeeded; a same-type PUT also accepts a Failed compute.
        boolean allowed = "Succeeded".equals(state) || (!patch && "Failed".equals(state));
        if (!allowed) {
            throw ArmException.conflict("Compute '" + r.name() + "' cannot be updated while its provisioning state is '"
                    + state + "'.");
        }
        ObjectNode props = body.get("properties") instanceof ObjectNode ? (ObjectNode) body.get("properties") : Json.obj();
        ObjectNode before = r.resource.deepCopy();
        int coresBefore = r.cores;
        ObjectNode inner = r.inner();
        JsonNode given = props.get("properties");
        ObjectNode in = given instanceof ObjectNode ? stripNulls(((ObjectNode) given).deepCopy()) : Json.obj();
        if (r.type().equals("ComputeInstance") && in.has("schedules")) {
            // Real ARM refuses a same-type PUT of an instance that carries schedules (a redeployed template with its
            // schedules unchanged fails too); Microsoft points to a separate updateSchedules call that the public
            // spec does not have (docs/arm.md "Editing a compute").
            throw ArmException.badRequest("'properties.properties.schedules' cannot be changed by updating compute "
                    + "instance '" + r.name() + "'; its start and stop schedules are set when it is created.");
        }
        ObjectNode identity = null;
        if (!patch && body.get("identity") instanceof ObjectNode) {
            identity = updatedIdentity(r, (ObjectNode) body.get("identity"));
        }
        switch (r.type()) {
            case "AmlCompute":
                if (in.has("vmSize") && !in.get("vmSize").asText().equalsIgnoreCase(vmSizeOf(r))) {
                    throw ArmException.badRequest("The VM size of a cluster cannot be changed after creation.");
                }
                if (in.has("scaleSettings")) {
                    ObjectNode scale = validateScale(in.get("scaleSettings"));
                    reallocate(r, scale.get("minNodeCount").asInt());
                    inner.set("scaleSettings", scale);
                }
                break;
            case "AKS":
                if (in.has("agentCount")) {
                    if (!in.get("agentCount").isIntegralNumber() || in.get("agentCount").asInt() < 0) {
                        throw ArmException.badRequest("'properties.properties.agentCount' must be a non-negative "
                                + "integer.");
                    }
                    if (!r.props().path("isAttachedCompute").asBoolean()) {
                        ObjectNode size = requireSize(inner, "agentVmSize", r.location);
                        int agents = in.get("agentCount").asInt();
                        int vcpus = agents * size.get("vCPUs").asInt();
                        if (vcpus < 12) {
                            throw ArmException.badRequest("The AKS cluster needs at least 12 vCPUs (agentCount x "
                                    + "vCPUs of agentVmSize); " + agents + " x " + size.get("name").asText() + " ("
                                    + size.get("vCPUs").asInt() + " vCPUs) gives " + vcpus + ".");
                        }
                        String purpose = Json.text(inner, "clusterPurpose");
                        int minNodes = "DevTest".equals(purpose) ? 1 : 3;
                        if (agents < minNodes) {
                            throw ArmException.badRequest("A cluster with purpose '" + purpose + "' needs at least "
                                    + minNodes + " nodes; agentCount is " + agents + ".");
                        }
                    }
                    inner.put("agentCount", in.get("agentCount").asInt());
                }
                break;
            case "ComputeInstance":
                // idleTimeBeforeShutdown is not changed by a PUT: Microsoft's documentation says an existing
                // instance's idle time changes only through updateIdleShutdownSetting (docs/arm.md).
                booleanField(in, "enableSSO");
                if (in.has("customServices")) {
                    CustomServices.validate(in.get("customServices"));
                }
                for (String f : List.of("enableSSO", "setupScripts", "customServices")) {
                    if (in.has(f)) {
                        inner.set(f, in.get(f));
                    }
                }
                break;
            default:
                for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    inner.set(e.getKey(), e.getValue());
                }
                ObjectNode secrets = takeSecrets(inner, List.of("relayConnectionString", "serviceBusConnectionString",
                        "administratorAccount.password", "administratorAccount.publicKeyData",
                        "administratorAccount.privateKeyData", "databricksAccessToken"));
                secrets.fields().forEachRemaining(e -> r.secrets.set(e.getKey(), e.getValue()));
        }
        // Changed only once every check has passed, so a refused update leaves the compute as it was.
        if (!patch && props.hasNonNull("description")) {
            r.props().put("description", props.get("description").asText());
        }
        if (identity != null) {
            if (identity.path("type").asText().equals("None")) {
                r.resource.remove("identity");
            } else {
                r.resource.set("identity", identity);
            }
        }
        if (!patch && body.get("tags") instanceof ObjectNode) {
            r.resource.set("tags", body.get("tags").deepCopy());
        }
        r.props().put("provisioningState", "Updating");
        r.props().remove("provisioningErrors");
        r.props().put("modifiedOn", Json.time(now));
        OpRecord op = begin(r, UPDATE, now, UPDATE_MS, false, true);
        r.pending.before = before;
        r.pending.coresBefore = coresBefore;
        if (patch) {
            return new Resp(200, view(r)).header("Azure-AsyncOperation", urls.operationUrl(op, apiVersion, false))
                    .header("Location", urls.operationUrl(op, apiVersion, true))
                    .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        ObjectNode answer = view(r);
        ((ObjectNode) answer.get("properties")).put("provisioningState", "Creating");
        return new Resp(201, answer).header("Azure-AsyncOperation", urls.operationUrl(op, apiVersion, false))
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }

    /**
     * The identity a same-type PUT asks for. A cluster or an instance takes a system-assigned identity or
     * user-assigned ones, not both (Studio's form; the {@code az ml} CLI's update code says the service "only allows
     * either"); a system-assigned identity kept across the update keeps its principal.
     */
    private ObjectNode updatedIdentity(ComputeRecord r, ObjectNode given) {
        String type = Json.text(given, "type");
        if ((r.type().equals("AmlCompute") || r.type().equals("ComputeInstance"))
                && "SystemAssigned,UserAssigned".equals(type)) {
            throw ArmException.badRequest("The value 'SystemAssigned,UserAssigned' of 'identity.type' is not supported "
                    + "for compute type '" + r.type() + "': use either 'SystemAssigned' or 'UserAssigned'.");
        }
        if ("None".equals(type)) {
            ObjectNode none = Json.obj();
            none.put("type", "None");
            return none;
        }
        ObjectNode out = identity(given);
        JsonNode current = r.resource.path("identity");
        if (type != null && type.startsWith("SystemAssigned") && current.path("type").asText().startsWith("SystemAssigned")
                && current.hasNonNull("principalId")) {
            out.put("principalId", current.get("principalId").asText());
        }
        return out;
    }

    /** PATCH: the spec's ClusterUpdateParameters carry scale settings only, for AmlCompute. */
    Resp patch(ComputeRecord r, JsonNode body, String apiVersion, long now) {
        if (!r.type().equals("AmlCompute")) {
            throw ArmException.badRequest("Updating scale settings (PATCH) is not supported for compute type '"
                    + r.type() + "'; only AmlCompute clusters can be scaled this way.");
        }
        JsonNode scale = body.path("properties").path("properties").path("scaleSettings");
        if (!(scale instanceof ObjectNode)) {
            throw new ArmException(400, "InvalidRequestContent",
                    "The request content is not valid: 'properties.properties.scaleSettings' is required.");
        }
        ObjectNode wrapper = Json.obj();
        wrapper.putObject("properties").putObject("properties").set("scaleSettings", scale);
        return update(r, wrapper, true, apiVersion, now);
    }

    /**
     * {@code POST …/updateIdleShutdownSetting} (a preview operation, docs/arm.md): sets an instance's idle time at once
     * and answers {@code 200} with no body, as Microsoft's example does.
     */
    Resp updateIdleShutdown(ComputeRecord r, JsonNode body) {
        if (!r.type().equals("ComputeInstance")) {
            throw ArmException.badRequest("The operation 'UpdateIdleShutdownSetting' is not supported for compute type '"
                    + r.type() + "'; it applies to compute instances only.");
        }
        String state = Json.text(r.inner(), "state");
        if (!IDLE_EDITABLE.contains(state) || blocking(r)) {
            throw ArmException.conflict("Cannot update the idle shutdown setting of compute instance '" + r.name()
                    + "' while it is in state '" + state + "'" + (blocking(r) ? " with an operation in progress" : "")
                    + ".");
        }
        if (!(body instanceof ObjectNode) || !body.has("idleTimeBeforeShutdown")) {
            throw new ArmException(400, "InvalidRequestContent",
                    "The request content is not valid: 'idleTimeBeforeShutdown' is required.");
        }
        idleTime(body.get("idleTimeBeforeShutdown"));
        r.inner().put("idleTimeBeforeShutdown", body.get("idleTimeBeforeShutdown").asText());
        return new Resp(200, null);
    }

    // ---------------------------------------------------------------- actions

    Resp action(ComputeRecord r, String action, String apiVersion, long now) {
        String kind = action.equalsIgnoreCase("start") ? START : action.equalsIgnoreCase("stop") ? STOP : RESTART;
        if (!r.type().equals("ComputeInstance")) {
            throw ArmException.badRequest("The operation '" + kind + "' is not supported for compute type '" + r.type()
                    + "'; it applies to compute instances only.");
        }
        String state = Json.text(r.inner(), "state");
        boolean allowed;
        switch (kind) {
            case START:
                allowed = "Stopped".equals(state);
                break;
            default:
                allowed = "Running".equals(state) || "JobRunning".equals(state);
        }
        if (!allowed || blocking(r)) {
            throw ArmException.conflict("Cannot " + kind.toLowerCase(Locale.ROOT) + " compute instance '" + r.name()
                    + "' while it is in state '" + state + "'" + (blocking(r) ? " with an operation in progress" : "")
                    + ".");
        }
        ObjectNode before = r.resource.deepCopy();
        String transitional = kind.equals(START) ? "Starting" : kind.equals(STOP) ? "Stopping" : "Restarting";
        r.inner().put("state", transitional);
        lastOperation(r, kind, now, "InProgress");
        long duration = kind.equals(START) ? START_MS : kind.equals(STOP) ? STOP_MS : RESTART_MS;
        OpRecord op = begin(r, kind, now, duration, false, false);
        r.pending.before = before;
        r.pending.coresBefore = r.cores;
        return accepted(op, apiVersion);
    }

    private Resp accepted(OpRecord op, String apiVersion) {
        return new Resp(202, null).header("Azure-AsyncOperation", urls.operationUrl(op, apiVersion, false))
                .header("Location", urls.operationUrl(op, apiVersion, true))
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }

    Resp delete(String workspaceId, String name, String underlyingAction, String apiVersion, long now) {
        if (underlyingAction == null) {
            throw ArmException.badRequest("The query parameter 'underlyingResourceAction' is required: 'Delete' or 'Detach'.");
        }
        String action;
        if (underlyingAction.equalsIgnoreCase("Delete")) {
            action = "Delete";
        } else if (underlyingAction.equalsIgnoreCase("Detach")) {
            action = "Detach";
        } else {
            throw ArmException.badRequest("The value '" + underlyingAction + "' of 'underlyingResourceAction' is not "
                    + "valid: use 'Delete' or 'Detach'.");
        }
        ComputeRecord r = store.computesOf(workspaceId).get(Store.key(name));
        if (r == null) {
            return new Resp(204, null);
        }
        String type = r.type();
        boolean attached = r.props().path("isAttachedCompute").asBoolean();
        boolean supported = action.equals("Delete")
                ? type.equals("ComputeInstance") || type.equals("AmlCompute") || (type.equals("AKS") && !attached)
                : type.equals("AKS") || ATTACH_ONLY.contains(type);
        if (!supported) {
            throw ArmException.badRequest("underlyingResourceAction '" + action + "' is not supported for compute '"
                    + name + "' of type '" + type + "'" + (attached ? " (attached)" : "") + "; use '"
                    + (action.equals("Delete") ? "Detach" : "Delete") + "'.");
        }
        String provisioning = Json.text(r.props(), "provisioningState");
        boolean allowed;
        String shown;
        if (type.equals("ComputeInstance")) {
            String state = Json.text(r.inner(), "state");
            shown = state;
            allowed = !Set.of("Creating", "Deleting", "Starting", "Stopping").contains(state)
                    && !"Deleting".equals(provisioning);
        } else {
            shown = provisioning;
            allowed = "Succeeded".equals(provisioning) || "Failed".equals(provisioning);
        }
        if (!allowed) {
            throw ArmException.conflict("Cannot " + action.toLowerCase(Locale.ROOT) + " compute '" + name
                    + "' while it is in state '" + shown + "'.");
        }
        ObjectNode before = r.resource.deepCopy();
        r.props().put("provisioningState", "Deleting");
        if (type.equals("ComputeInstance")) {
            r.inner().put("state", "Deleting");
            lastOperation(r, "Delete", now, "InProgress");
        }
        long duration = action.equals("Detach") ? ATTACH_MS : DELETE_MS;
        OpRecord op = begin(r, DELETE, now, duration, false, false);
        r.pending.before = before;
        r.pending.coresBefore = r.cores;
        return accepted(op, apiVersion);
    }

    private static boolean blocking(ComputeRecord r) {
        return r.pending != null && !r.pending.kind.equals(RESIZE);
    }

    private OpRecord begin(ComputeRecord r, String kind, long now, long duration, boolean fail, boolean returnsResource) {
        if (r.pending != null && r.pending.opId != null) {
            OpRecord superseded = store.ops.get(r.pending.opId);
            if (superseded != null && now < superseded.endMs) {
                superseded.canceled = true;
                superseded.endMs = now;
                superseded.errorCode = "Canceled";
                superseded.errorMessage = "The operation was canceled: a " + kind.toLowerCase(Locale.ROOT)
                        + " of compute '" + r.name() + "' replaced it.";
            }
        }
        pruneOperations(now);
        OpRecord op = new OpRecord();
        op.id = UUID.randomUUID().toString();
        op.computeId = r.resource.get("id").asText();
        op.kind = kind;
        op.subscriptionId = r.subscriptionId;
        op.location = r.location;
        op.startMs = now;
        op.endMs = now + duration;
        op.returnsResource = returnsResource;
        // Taken only here, so a call refused before an operation starts does not use up an injected failure.
        Fault injected = failureSource.get();
        if (injected != null) {
            fail = true;
            op.errorCode = injected.failureCode();
            op.errorMessage = injected.failureMessage();
        } else if (fail) {
            op.errorCode = "ProvisioningFailed";
            op.errorMessage = failureMessage(r);
        }
        op.fail = fail;
        store.ops.put(op.id, op);
        pend(r, new Pending(op.id, kind, now, now + duration, fail));
        return op;
    }

    /** Status URLs stay readable for a day after their operation ends, as clients poll soon after. */
    private void pruneOperations(long now) {
        if (store.ops.size() < 1_000) {
            return;
        }
        store.ops.values().removeIf(op -> op.endMs < now - 86_400_000L);
    }

    // ---------------------------------------------------------------- nodes and keys

    ObjectNode nodesPage(ComputeRecord r, int offset, int pageSize, String nextLinkOrNull) {
        if (!r.type().equals("AmlCompute")) {
            throw ArmException.badRequest("ComputeListNodes with computeType " + r.type() + " is not supported");
        }
        ObjectNode inner = r.inner();
        int current = inner.path("currentNodeCount").asInt();
        int target = inner.path("targetNodeCount").asInt();
        boolean resizing = "Resizing".equals(Json.text(inner, "allocationState"));
        int total = resizing ? Math.max(current, target) : current;
        int running = Math.min(r.busyNodes, resizing ? Math.min(current, target) : current);
        boolean publicIp = inner.path("enableNodePublicIp").asBoolean(true);
        ObjectNode page = Json.obj();
        ArrayNode nodes = page.putArray("nodes");
        int end = Math.min(total, offset + pageSize);
        String created = Json.text(r.props(), "createdOn");
        String stamp = created == null ? "20260101t000000z"
                : created.substring(0, 19).replace("-", "").replace(":", "").toLowerCase(Locale.ROOT) + "z";
        for (int i = offset; i < end; i++) {
            ObjectNode n = nodes.addObject();
            n.put("nodeId", "tvm-" + shortHash(r) + "_" + (i + 1) + "-" + stamp);
            n.put("privateIpAddress", privateIp(r, i));
            if (publicIp) {
                n.put("publicIpAddress", publicIp(r));
            } else {
                n.putNull("publicIpAddress");
            }
            n.put("port", 50000 + i);
            String state;
            if (resizing && i >= Math.min(current, target)) {
                state = target > current ? "preparing" : "leaving";
            } else {
                state = i < running ? "running" : "idle";
            }
            n.put("nodeState", state);
            if (state.equals("running")) {
                n.put("runId", UUID.nameUUIDFromBytes((r.name() + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString());
            }
        }
        if (end < total && nextLinkOrNull != null) {
            page.put("nextLink", nextLinkOrNull);
        }
        return page;
    }

    static int nodeCount(ComputeRecord r) {
        ObjectNode inner = r.inner();
        int current = inner.path("currentNodeCount").asInt();
        int target = inner.path("targetNodeCount").asInt();
        return "Resizing".equals(Json.text(inner, "allocationState")) ? Math.max(current, target) : current;
    }

    ObjectNode keys(ComputeRecord r) {
        ObjectNode out = Json.obj();
        out.put("computeType", r.type());
        ObjectNode s = r.secrets == null ? Json.obj() : r.secrets;
        switch (r.type()) {
            case "AKS":
                out.put("userKubeConfig", s.path("userKubeConfig").asText(kubeConfig(r, "clusterUser")));
                out.put("adminKubeConfig", s.path("adminKubeConfig").asText(kubeConfig(r, "clusterAdmin")));
                out.put("imagePullSecretName", s.path("imagePullSecretName").asText("acr-" + shortHash(r)));
                break;
            case "VirtualMachine":
                ObjectNode account = out.putObject("administratorAccount");
                account.put("username", Json.text(r.inner(), "administratorAccount", "username"));
                JsonNode secret = s.path("administratorAccount");
                for (String f : List.of("password", "publicKeyData", "privateKeyData")) {
                    if (secret.hasNonNull(f)) {
                        account.put(f, secret.get(f).asText());
                    }
                }
                break;
            case "Databricks":
                if (s.hasNonNull("databricksAccessToken")) {
                    out.put("databricksAccessToken", s.get("databricksAccessToken").asText());
                }
                break;
            default:
                break;
        }
        return out;
    }

    // ---------------------------------------------------------------- quota

    ObjectNode requireSize(ObjectNode inner, String field, String location) {
        String name = Json.text(inner, field);
        if (name == null) {
            throw ArmException.badRequest("'" + field + "' is required.");
        }
        ObjectNode size = size(name);
        if (size == null) {
            throw ArmException.badRequest("The VM size '" + name + "' is not supported in location '" + location + "'.");
        }
        return size;
    }

    ObjectNode size(String name) {
        for (ObjectNode s : store.vmSizes) {
            if (s.get("name").asText().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    private void allocate(ComputeRecord r) {
        if (r.cores > 0) {
            checkQuota(r.subscriptionId, r.location, r.family, r.tier, r.cores, null);
        }
    }

    private void reallocate(ComputeRecord r, int newMin) {
        ObjectNode size = size(vmSizeOf(r));
        int cores = newMin * (size == null ? 0 : size.get("vCPUs").asInt());
        if (cores > r.cores) {
            checkQuota(r.subscriptionId, r.location, r.family, r.tier, cores - r.cores, r);
        }
        r.cores = cores;
    }

    private static void release(ComputeRecord r) {
        r.cores = 0;
    }

    private void checkQuota(String sub, String location, String family, String tier, int needed, ComputeRecord self) {
        Map<String, Long> used = usedCores(sub, location);
        if ("LowPriority".equals(tier)) {
            long current = used.getOrDefault("lowPriority", 0L);
            if (current + needed > store.regionalLowPriorityLimit) {
                throw quotaExceeded("Total Cluster LowPriority Regional vCPUs", store.regionalLowPriorityLimit,
                        current, needed);
            }
            return;
        }
        long familyLimit = store.familyLimits.getOrDefault(family, 0L);
        long familyUsed = used.getOrDefault("family:" + family, 0L);
        if (familyUsed + needed > familyLimit) {
            throw quotaExceeded(familyDisplay(family) + " Cluster Dedicated vCPUs", familyLimit, familyUsed, needed);
        }
        long regional = used.getOrDefault("dedicated", 0L);
        if (regional + needed > store.regionalDedicatedLimit) {
            throw quotaExceeded("Total Cluster Dedicated Regional vCPUs", store.regionalDedicatedLimit, regional, needed);
        }
    }

    private static ArmException quotaExceeded(String what, long limit, long current, long needed) {
        return new ArmException(400, "QuotaExceeded", "Operation results in exceeding quota limits of " + what
                + ". Maximum allowed: " + limit + ", Current in use: " + current + ", Additional requested: " + needed
                + ". Please request a quota increase or choose a smaller size or fewer nodes.");
    }

    /** vCPUs allocated in a subscription and region: {@code dedicated}, {@code lowPriority} and {@code family:<f>}. */
    Map<String, Long> usedCores(String sub, String location) {
        Map<String, Long> used = new LinkedHashMap<>();
        for (Map<String, ComputeRecord> ws : store.computes.values()) {
            for (ComputeRecord r : ws.values()) {
                if (r.cores <= 0 || !r.subscriptionId.equalsIgnoreCase(sub) || !r.location.equalsIgnoreCase(location)) {
                    continue;
                }
                if ("LowPriority".equals(r.tier)) {
                    used.merge("lowPriority", (long) r.cores, Long::sum);
                } else {
                    used.merge("dedicated", (long) r.cores, Long::sum);
                    used.merge("family:" + r.family, (long) r.cores, Long::sum);
                }
            }
        }
        return used;
    }

    /** {@code standardDSv2Family} → {@code Standard DSv2 Family}, as the usage names read. */
    static String familyDisplay(String family) {
        String core = family;
        if (core.startsWith("standard")) {
            core = core.substring("standard".length());
        }
        if (core.endsWith("Family")) {
            core = core.substring(0, core.length() - "Family".length());
        }
        return "Standard " + core + " Family";
    }

    // ---------------------------------------------------------------- helpers

    private static ObjectNode takeSecrets(ObjectNode inner, List<String> paths) {
        ObjectNode secrets = Json.obj();
        for (String path : paths) {
            String[] parts = path.split("\\.");
            JsonNode parent = inner;
            for (int i = 0; i < parts.length - 1 && parent != null; i++) {
                parent = parent.get(parts[i]);
            }
            if (parent instanceof ObjectNode && parent.has(parts[parts.length - 1])) {
                JsonNode value = ((ObjectNode) parent).remove(parts[parts.length - 1]);
                ObjectNode target = secrets;
                for (int i = 0; i < parts.length - 1; i++) {
                    target = Json.path(target, parts[i]);
                }
                target.set(parts[parts.length - 1], value);
            }
        }
        return secrets;
    }

    /**
     * Drops null members a client sent. The spec declares most of these fields without
     * {@code x-nullable} (Microsoft's Kubernetes example sends {@code "nvidia.com/gpu": null} into a
     * map of strings), so the emulator stores and answers only the values given.
     */
    static ObjectNode stripNulls(ObjectNode node) {
        List<String> nulls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                nulls.add(e.getKey());
            } else if (e.getValue() instanceof ObjectNode) {
                stripNulls((ObjectNode) e.getValue());
            } else if (e.getValue().isArray()) {
                for (JsonNode item : e.getValue()) {
                    if (item instanceof ObjectNode) {
                        stripNulls((ObjectNode) item);
                    }
                }
            }
        }
        node.remove(nulls);
        return node;
    }

    private static void stripReadOnly(ObjectNode inner, List<String> fields) {
        inner.remove(fields);
    }

    /** Checks an enum field of a request (case-insensitively, as the service does) and fills its default. */
    private static String enumField(ObjectNode node, String field, String defaultValue, String... allowed) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            node.put(field, defaultValue);
            return defaultValue;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v.asText())) {
                node.put(field, a);
                return a;
            }
        }
        throw ArmException.badRequest("The value '" + v.asText() + "' of '" + field + "' is not valid. Allowed values: "
                + String.join(", ", allowed) + ".");
    }

    /** A boolean field of a request, when present, must be a JSON boolean (the spec's type). */
    private static void booleanField(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        if (v != null && !v.isNull() && !v.isBoolean()) {
            throw new ArmException(400, "InvalidRequestContent", "The request content is not valid: "
                    + "'properties.properties." + field + "' must be true or false.");
        }
    }

    static String vmSizeOf(ComputeRecord r) {
        String s = Json.text(r.inner(), "vmSize");
        return s == null ? Json.text(r.inner(), "agentVmSize") : s;
    }

    static String shortHash(ComputeRecord r) {
        return Integer.toHexString(r.resource.get("id").asText().toLowerCase(Locale.ROOT).hashCode() & 0x7fffffff);
    }

    static String publicIp(ComputeRecord r) {
        int h = r.resource.get("id").asText().toLowerCase(Locale.ROOT).hashCode() & 0x7fffffff;
        return "20." + (40 + h % 200) + "." + ((h >> 8) % 250 + 1) + "." + ((h >> 16) % 250 + 1);
    }

    static String privateIp(ComputeRecord r, int index) {
        int h = r.resource.get("id").asText().toLowerCase(Locale.ROOT).hashCode() & 0x7fffffff;
        int base = 4 + index;
        return "10." + (h % 200) + "." + (base / 250) + "." + (base % 250 + 1);
    }

    static String subscriptionOf(String id) {
        String[] seg = id.split("/");
        return seg.length > 2 ? seg[2] : "";
    }

    static String resourceGroupOf(String id) {
        String[] seg = id.split("/");
        return seg.length > 4 ? seg[4] : "";
    }

    static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}

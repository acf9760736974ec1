package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.ManagedIdentity;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.WorkspaceRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link ComputeClient} over {@link ArmHttp}. */
final class ArmComputeClient implements ComputeClient {
    private final ArmHttp http;
    private final ConnectionOptions options;

    ArmComputeClient(ArmHttp http, ConnectionOptions options) {
        this.http = http;
        this.options = options;
    }

    static String computesPath(WorkspaceRef ws) {
        return "/subscriptions/" + ArmHttp.encode(ws.subscriptionId()) + "/resourceGroups/"
                + ArmHttp.encode(ws.resourceGroup()) + "/providers/Microsoft.MachineLearningServices/workspaces/"
                + ArmHttp.encode(ws.name()) + "/computes";
    }

    private String computeUrl(WorkspaceRef ws, String name, String action, String... query) {
        String path = computesPath(ws) + "/" + ArmHttp.encode(name) + (action == null ? "" : "/" + action);
        return http.url(path, ApiVersions.ML, query);
    }

    @Override
    public List<ComputeResource> list(WorkspaceRef workspace) {
        return http.listAll(http.url(computesPath(workspace), ApiVersions.ML), ComputeResource.class);
    }

    @Override
    public List<ComputeResource> list(WorkspaceRef workspace, java.util.function.Consumer<List<ComputeResource>> onPage) {
        return http.listAll(HttpMethod.GET, http.url(computesPath(workspace), ApiVersions.ML), "value",
                ComputeResource.class, onPage);
    }

    @Override
    public ComputeResource get(WorkspaceRef workspace, String computeName) {
        return http.get(computeUrl(workspace, computeName, null), ComputeResource.class);
    }

    @Override
    public Optional<ComputeResource> find(WorkspaceRef workspace, String computeName) {
        try {
            return Optional.of(get(workspace, computeName));
        } catch (ArmException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public ArmOperation<ComputeResource> createOrUpdate(WorkspaceRef workspace, String computeName,
                                                       ComputeResource body) {
        String url = computeUrl(workspace, computeName, null);
        HttpResponse first = http.sendOk(HttpMethod.PUT, url, body);
        return follow("Creating or updating compute " + computeName, first, () -> get(workspace, computeName));
    }

    @Override
    public ArmOperation<ComputeResource> updateScaleSettings(WorkspaceRef workspace, String computeName,
                                                            ScaleSettings scaleSettings) {
        String url = computeUrl(workspace, computeName, null);
        Map<String, Object> body = Map.of("properties", Map.of("properties", Map.of("scaleSettings", scaleSettings)));
        HttpResponse first = http.sendOk(HttpMethod.PATCH, url, body);
        return follow("Scaling compute " + computeName, first, () -> get(workspace, computeName));
    }

    @Override
    public ArmOperation<ComputeResource> updateAksNodeCount(WorkspaceRef workspace, String computeName,
                                                            int agentCount) {
        JsonNode current = http.getTree(computeUrl(workspace, computeName, null));
        // The body of Microsoft's AKS update example (Compute/createOrUpdate/AKSCompute.json): location, description,
        // resourceId, computeType and the new agentCount; the rest of the cluster stays as it is.
        ObjectNode body = http.mapper().createObjectNode();
        copyText(current, body, "location");
        ObjectNode props = body.putObject("properties");
        props.put("computeType", "AKS");
        copyText(current.path("properties"), props, "description");
        copyText(current.path("properties"), props, "resourceId");
        props.putObject("properties").put("agentCount", agentCount);
        HttpResponse first = http.sendOk(HttpMethod.PUT, computeUrl(workspace, computeName, null), body);
        return follow("Changing the node count of compute " + computeName, first, () -> get(workspace, computeName));
    }

    @Override
    public ArmOperation<ComputeResource> updateIdentity(WorkspaceRef workspace, String computeName,
                                                        ManagedIdentity identity) {
        JsonNode current = http.getTree(computeUrl(workspace, computeName, null));
        String type = current.path("properties").path("computeType").asText(null);
        List<String> writable = WRITABLE.get(type);
        if (writable == null) {
            throw new IllegalArgumentException("Changing the managed identity by PUT is for compute clusters and compute "
                    + "instances; '" + computeName + "' is of type " + type + ".");
        }
        ObjectNode body = http.mapper().createObjectNode();
        copyText(current, body, "location");
        if (current.get("tags") instanceof ObjectNode) {
            body.set("tags", current.get("tags").deepCopy());
        }
        body.set("identity", http.mapper().valueToTree(identity));
        ObjectNode props = body.putObject("properties");
        props.put("computeType", type);
        copyText(current.path("properties"), props, "description");
        ObjectNode inner = props.putObject("properties");
        JsonNode was = current.path("properties").path("properties");
        for (String field : writable) {
            JsonNode value = was.get(field);
            if (value != null && !value.isNull()) {
                inner.set(field, withoutNulls(value.deepCopy()));
            }
        }
        if (inner.get("sshSettings") instanceof ObjectNode) {
            // adminUserName and sshPort are read-only; only the access choice is the client's to send.
            ((ObjectNode) inner.get("sshSettings")).retain("sshPublicAccess");
        }
        HttpResponse first = http.sendOk(HttpMethod.PUT, computeUrl(workspace, computeName, null), body);
        return follow("Changing the managed identity of compute " + computeName, first,
                () -> get(workspace, computeName));
    }

    @Override
    public ArmOperation<ComputeResource> updateIdleShutdown(WorkspaceRef workspace, String computeName,
                                                            Duration idleTimeBeforeShutdown) {
        Objects.requireNonNull(idleTimeBeforeShutdown, "idleTimeBeforeShutdown");
        String path = computesPath(workspace) + "/" + ArmHttp.encode(computeName) + "/updateIdleShutdownSetting";
        // The preview api-version of Microsoft's example, for this call only (docs/arm.md "Idle shutdown").
        String url = http.url(path, ApiVersions.ML_IDLE_SHUTDOWN_PREVIEW);
        HttpResponse first = http.sendOk(HttpMethod.POST, url,
                Map.of("idleTimeBeforeShutdown", isoMinutes(idleTimeBeforeShutdown)));
        return follow("Changing the idle shutdown of compute " + computeName, first, () -> get(workspace, computeName));
    }

    /**
     * What a client may write back in a same-type PUT, per type: the writable fields of the 2026-07-01 spec's
     * {@code AmlComputeProperties} (as the {@code az ml} update recording sends them) and {@code ComputeInstanceProperties}
     * without {@code schedules} (refused in an update) and {@code idleTimeBeforeShutdown} (not changed by an update).
     */
    private static final Map<String, List<String>> WRITABLE = Map.of(
            "AmlCompute", List.of("osType", "vmSize", "vmPriority", "virtualMachineImage", "isolatedNetwork",
                    "scaleSettings", "subnet", "remoteLoginPortPublicAccess", "enableNodePublicIp", "propertyBag"),
            "ComputeInstance", List.of("vmSize", "subnet", "applicationSharingPolicy", "sshSettings", "customServices",
                    "computeInstanceAuthorizationType", "enableSSO", "personalComputeInstanceSettings", "setupScripts",
                    "enableNodePublicIp"));

    /**
     * ISO 8601 in minutes ({@code PT30M}, {@code PT120M}), the form Microsoft's documentation and example send, when
     * the duration is whole minutes; otherwise {@link Duration#toString()}.
     */
    static String isoMinutes(Duration d) {
        return d.toSeconds() % 60 == 0 && d.getNano() == 0 ? "PT" + d.toMinutes() + "M" : d.toString();
    }

    private static void copyText(JsonNode from, ObjectNode to, String field) {
        JsonNode v = from.get(field);
        if (v != null && v.isTextual()) {
            to.put(field, v.asText());
        }
    }

    /** Drops {@code null} members (ARM returns them for absent objects; they are not values to write back). */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) node;
            List<String> nulls = new java.util.ArrayList<>();
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    withoutNulls(e.getValue());
                }
            });
            o.remove(nulls);
        } else if (node != null && node.isArray()) {
            node.forEach(ArmComputeClient::withoutNulls);
        }
        return node;
    }

    @Override
    public ArmOperation<Void> delete(WorkspaceRef workspace, String computeName, UnderlyingResourceAction action) {
        String url = computeUrl(workspace, computeName, null, "underlyingResourceAction", action.wireName());
        HttpResponse first = http.sendOk(HttpMethod.DELETE, url, null);
        String verb = action == UnderlyingResourceAction.DELETE ? "Deleting" : "Detaching";
        return follow(verb + " compute " + computeName, first, null);
    }

    @Override
    public ArmOperation<ComputeResource> start(WorkspaceRef workspace, String computeName) {
        return action(workspace, computeName, "start", "Starting");
    }

    @Override
    public ArmOperation<ComputeResource> stop(WorkspaceRef workspace, String computeName) {
        return action(workspace, computeName, "stop", "Stopping");
    }

    @Override
    public ArmOperation<ComputeResource> restart(WorkspaceRef workspace, String computeName) {
        return action(workspace, computeName, "restart", "Restarting");
    }

    private ArmOperation<ComputeResource> action(WorkspaceRef ws, String name, String action, String verb) {
        HttpResponse first = http.sendOk(HttpMethod.POST, computeUrl(ws, name, action), null);
        return follow(verb + " compute " + name, first, () -> get(ws, name));
    }

    @Override
    public List<AmlComputeNode> listNodes(WorkspaceRef workspace, String computeName) {
        return http.listAll(HttpMethod.POST, computeUrl(workspace, computeName, "listNodes"), "nodes",
                (JsonNode n) -> http.convert(n, AmlComputeNode.class));
    }

    @Override
    public ComputeSecrets listKeys(WorkspaceRef workspace, String computeName) {
        HttpResponse response = http.sendOk(HttpMethod.POST, computeUrl(workspace, computeName, "listKeys"), null);
        return http.read(response, ComputeSecrets.class);
    }

    /** Follows the accepted {@code first} response to its end (see {@link FollowedOperation}). */
    private <T> ArmOperation<T> follow(String title, HttpResponse first, java.util.function.Supplier<T> result) {
        return new FollowedOperation<>(http, http.followingPipeline(), title, first, result, options);
    }
}

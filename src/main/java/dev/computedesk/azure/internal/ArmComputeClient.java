package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.ArmOperation;
import dev.computedesk.azure.ComputeClient;
import dev.computedesk.azure.ConnectionOptions;
import dev.computedesk.azure.UnderlyingResourceAction;
import dev.computedesk.azure.model.AmlComputeNode;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.azure.model.ComputeSecrets;
import dev.computedesk.azure.model.ScaleSettings;
import dev.computedesk.azure.model.WorkspaceRef;
import java.util.List;
import java.util.Map;
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
                node -> http.convert(node, ComputeResource.class), onPage);
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

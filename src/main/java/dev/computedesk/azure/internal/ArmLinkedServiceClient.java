package dev.computedesk.azure.internal;

import com.azure.core.http.HttpMethod;
import dev.computedesk.azure.ArmException;
import dev.computedesk.azure.LinkedServiceClient;
import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.LinkedServiceRequest;
import dev.computedesk.azure.model.WorkspaceRef;
import java.util.List;
import java.util.Optional;

/** {@link LinkedServiceClient} over {@link ArmHttp} (2020-09-01-preview). */
final class ArmLinkedServiceClient implements LinkedServiceClient {
    private final ArmHttp http;

    ArmLinkedServiceClient(ArmHttp http) {
        this.http = http;
    }

    private String url(WorkspaceRef ws, String linkName) {
        return http.url(ws.id() + "/linkedServices" + (linkName == null ? "" : "/" + ArmHttp.encode(linkName)),
                ApiVersions.ML_LINKED_SERVICES);
    }

    @Override
    public List<LinkedService> list(WorkspaceRef workspace) {
        return http.listAll(url(workspace, null), LinkedService.class);
    }

    @Override
    public LinkedService get(WorkspaceRef workspace, String linkName) {
        return http.get(url(workspace, linkName), LinkedService.class);
    }

    @Override
    public Optional<LinkedService> find(WorkspaceRef workspace, String linkName) {
        try {
            return Optional.of(get(workspace, linkName));
        } catch (ArmException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public LinkedService create(WorkspaceRef workspace, String linkName, LinkedServiceRequest request) {
        return http.read(http.sendOk(HttpMethod.PUT, url(workspace, linkName), request), LinkedService.class);
    }

    @Override
    public void delete(WorkspaceRef workspace, String linkName) {
        http.sendOk(HttpMethod.DELETE, url(workspace, linkName), null);
    }
}

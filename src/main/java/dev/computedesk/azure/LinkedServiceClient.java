package dev.computedesk.azure;

import dev.computedesk.azure.model.LinkedService;
import dev.computedesk.azure.model.LinkedServiceRequest;
import dev.computedesk.azure.model.WorkspaceRef;
import java.util.List;
import java.util.Optional;

/**
 * Workspace linked services to Synapse (api-version 2020-09-01-preview, deprecated for new links by Azure).
 * Errors use ARM's {@code MachineLearningServiceError}, surfaced as {@link ArmException}. Blocking.
 */
public interface LinkedServiceClient {

    /** The workspace's linked services. */
    List<LinkedService> list(WorkspaceRef workspace);

    /** One linked service. @throws ArmException 404 when absent */
    LinkedService get(WorkspaceRef workspace, String linkName);

    /** One linked service, or empty on 404. */
    Optional<LinkedService> find(WorkspaceRef workspace, String linkName);

    /** Creates a linked service (synchronous PUT). */
    LinkedService create(WorkspaceRef workspace, String linkName, LinkedServiceRequest request);

    /** Deletes (unregisters) a linked service; absent is not an error. */
    void delete(WorkspaceRef workspace, String linkName);
}

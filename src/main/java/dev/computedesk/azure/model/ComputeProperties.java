package dev.computedesk.azure.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.computedesk.domain.compute.ComputeKind;
import dev.computedesk.domain.compute.ProvisioningState;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * ARM's polymorphic {@code Compute} (the {@code properties} of a {@link ComputeResource}), one record per
 * {@code computeType}. An unknown {@code computeType} reads as {@link UnknownComputeProperties}.
 */
@JsonDeserialize(using = ComputePropertiesDeserializer.class)
public sealed interface ComputeProperties permits ComputeInstanceProperties, AmlComputeProperties, AksProperties,
        KubernetesProperties, VirtualMachineProperties, HdInsightProperties, DatabricksProperties,
        DataLakeAnalyticsProperties, SynapseSparkProperties, DataFactoryProperties, UnknownComputeProperties {

    /** The wire discriminator, e.g. {@code AmlCompute}. */
    String computeType();

    /** Location of the underlying compute. */
    String computeLocation();

    /**
     * Provisioning state (read-only), read and written through {@link ComputeTerms}; every record's component
     * inherits these annotations (Jackson merges them from the interface into the record's accessor and
     * constructor parameter).
     */
    @JsonSerialize(using = ComputeTerms.ProvisioningStateWriter.class)
    @JsonDeserialize(using = ComputeTerms.ProvisioningStateReader.class)
    ProvisioningState provisioningState();

    /** Free-text description. */
    String description();

    /** Creation time (read-only). */
    OffsetDateTime createdOn();

    /** Last modification time (read-only). */
    OffsetDateTime modifiedOn();

    /** ARM id of the underlying resource (AKS cluster, VM, Synapse pool, ...), or null. */
    String resourceId();

    /** Errors from provisioning (read-only), or null. */
    List<ArmErrorResponse> provisioningErrors();

    /** True when the compute was attached rather than created by the workspace (read-only). */
    Boolean isAttachedCompute();

    /** Whether local (key-based) auth is disabled. */
    Boolean disableLocalAuth();

    /** The known kind of this compute, if it is one. */
    default Optional<ComputeKind> kind() {
        return ComputeTerms.kind(computeType());
    }
}

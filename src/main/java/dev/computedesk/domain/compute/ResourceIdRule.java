package dev.computedesk.domain.compute;

import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.validation.TextRule;
import dev.computedesk.domain.validation.ValidationResult;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ARM resource id typed or pasted into an attach form must be well formed and of one of the
 * expected resource types (compared ignoring case, as ARM does).
 */
public final class ResourceIdRule implements TextRule {

    /** A virtual machine to attach. */
    public static final String VIRTUAL_MACHINE = "Microsoft.Compute/virtualMachines";
    /** An AKS cluster (inference cluster or Kubernetes compute). */
    public static final String AKS_CLUSTER = "Microsoft.ContainerService/managedClusters";
    /** An Azure Arc-connected Kubernetes cluster. */
    public static final String ARC_CLUSTER = "Microsoft.Kubernetes/connectedClusters";
    /** An HDInsight cluster. */
    public static final String HDINSIGHT_CLUSTER = "Microsoft.HDInsight/clusters";
    /** A Databricks workspace. */
    public static final String DATABRICKS_WORKSPACE = "Microsoft.Databricks/workspaces";
    /** A Data Lake Analytics account. */
    public static final String DATA_LAKE_ANALYTICS_ACCOUNT = "Microsoft.DataLakeAnalytics/accounts";
    /** A Synapse Spark pool. */
    public static final String SYNAPSE_SPARK_POOL = "Microsoft.Synapse/workspaces/bigDataPools";
    /** A virtual network subnet. */
    public static final String SUBNET = "Microsoft.Network/virtualNetworks/subnets";
    /** A user-assigned managed identity. */
    public static final String USER_ASSIGNED_IDENTITY = "Microsoft.ManagedIdentity/userAssignedIdentities";

    /** Attached VM. */
    public static final ResourceIdRule FOR_VIRTUAL_MACHINE = new ResourceIdRule(List.of(VIRTUAL_MACHINE));
    /** Attached or created-from-existing AKS inference cluster. */
    public static final ResourceIdRule FOR_AKS = new ResourceIdRule(List.of(AKS_CLUSTER));
    /** Kubernetes compute: an AKS or an Arc-connected cluster. */
    public static final ResourceIdRule FOR_KUBERNETES = new ResourceIdRule(List.of(AKS_CLUSTER, ARC_CLUSTER));
    /** Attached HDInsight. */
    public static final ResourceIdRule FOR_HDINSIGHT = new ResourceIdRule(List.of(HDINSIGHT_CLUSTER));
    /** Attached Databricks. */
    public static final ResourceIdRule FOR_DATABRICKS = new ResourceIdRule(List.of(DATABRICKS_WORKSPACE));
    /** Attached Synapse Spark pool. */
    public static final ResourceIdRule FOR_SYNAPSE_SPARK_POOL = new ResourceIdRule(List.of(SYNAPSE_SPARK_POOL));
    /** Subnet of a compute's virtual network. */
    public static final ResourceIdRule FOR_SUBNET = new ResourceIdRule(List.of(SUBNET));

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final List<String> expectedTypes;

    private ResourceIdRule(List<String> expectedTypes) {
        this.expectedTypes = List.copyOf(expectedTypes);
    }

    /** A rule for other resource types, e.g. {@code ResourceIdRule.of("Microsoft.Storage/storageAccounts")}. */
    public static ResourceIdRule of(String... expectedTypes) {
        if (expectedTypes.length == 0) {
            throw new IllegalArgumentException("Name at least one resource type");
        }
        return new ResourceIdRule(List.of(expectedTypes));
    }

    /** The resource types this rule accepts. */
    public List<String> expectedTypes() {
        return expectedTypes;
    }

    @Override
    public ValidationResult validate(String text) {
        if (text == null || text.isBlank()) {
            return ValidationResult.error(Messages.get("domain.resourceId.required"));
        }
        Optional<ResourceId> parsed = ResourceId.parse(text);
        if (parsed.isEmpty()) {
            return ValidationResult.error(Messages.get("domain.resourceId.malformed",
                    expectedTypes.get(0).replaceAll("/([^/]+)", "/$1/<name>")));
        }
        ResourceId id = parsed.get();
        if (!GUID.matcher(id.subscriptionId()).matches()) {
            return ValidationResult.error(Messages.get("domain.resourceId.subscriptionNotGuid"));
        }
        for (String expected : expectedTypes) {
            if (expected.equalsIgnoreCase(id.resourceType())) {
                return ValidationResult.ok();
            }
        }
        return ValidationResult.error(Messages.get("domain.resourceId.wrongType", id.resourceType(),
                String.join(Messages.get("domain.resourceId.or"), expectedTypes)));
    }

    /** The parsed id when {@link #validate(String)} accepts {@code text}. */
    public Optional<ResourceId> parseValid(String text) {
        return validate(text).isValid() ? ResourceId.parse(text) : Optional.empty();
    }
}

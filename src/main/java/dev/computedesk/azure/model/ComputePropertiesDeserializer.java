package dev.computedesk.azure.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.computedesk.domain.compute.ComputeKind;
import java.io.IOException;
import java.util.Map;

/** Reads {@link ComputeProperties} by its {@code computeType}; unknown kinds become {@link UnknownComputeProperties}. */
final class ComputePropertiesDeserializer extends JsonDeserializer<ComputeProperties> {
    private static final Map<ComputeKind, Class<? extends ComputeProperties>> KINDS = Map.of(
            ComputeKind.COMPUTE_INSTANCE, ComputeInstanceProperties.class,
            ComputeKind.AML_COMPUTE, AmlComputeProperties.class,
            ComputeKind.AKS, AksProperties.class,
            ComputeKind.KUBERNETES, KubernetesProperties.class,
            ComputeKind.VIRTUAL_MACHINE, VirtualMachineProperties.class,
            ComputeKind.HDINSIGHT, HdInsightProperties.class,
            ComputeKind.DATABRICKS, DatabricksProperties.class,
            ComputeKind.DATA_LAKE_ANALYTICS, DataLakeAnalyticsProperties.class,
            ComputeKind.SYNAPSE_SPARK, SynapseSparkProperties.class,
            ComputeKind.DATA_FACTORY, DataFactoryProperties.class);

    @Override
    public ComputeProperties deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node == null || !node.isObject()) {
            return null;
        }
        Class<? extends ComputeProperties> kind = ComputeTerms.kind(node.path("computeType").asText(""))
                .<Class<? extends ComputeProperties>>map(KINDS::get).orElse(UnknownComputeProperties.class);
        return parser.getCodec().treeToValue(node, kind);
    }
}

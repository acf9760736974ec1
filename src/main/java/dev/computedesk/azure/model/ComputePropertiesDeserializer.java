package dev.computedesk.azure.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/** Reads {@link ComputeProperties} by its {@code computeType}; unknown kinds become {@link UnknownComputeProperties}. */
final class ComputePropertiesDeserializer extends JsonDeserializer<ComputeProperties> {
    private static final Map<String, Class<? extends ComputeProperties>> KINDS = Map.of(
            "computeinstance", ComputeInstanceProperties.class,
            "amlcompute", AmlComputeProperties.class,
            "aks", AksProperties.class,
            "kubernetes", KubernetesProperties.class,
            "virtualmachine", VirtualMachineProperties.class,
            "hdinsight", HdInsightProperties.class,
            "databricks", DatabricksProperties.class,
            "datalakeanalytics", DataLakeAnalyticsProperties.class,
            "synapsespark", SynapseSparkProperties.class,
            "datafactory", DataFactoryProperties.class);

    @Override
    public ComputeProperties deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node == null || !node.isObject()) {
            return null;
        }
        String type = node.path("computeType").asText("");
        Class<? extends ComputeProperties> kind = KINDS.getOrDefault(type.toLowerCase(java.util.Locale.ROOT),
                UnknownComputeProperties.class);
        return parser.getCodec().treeToValue(node, kind);
    }
}

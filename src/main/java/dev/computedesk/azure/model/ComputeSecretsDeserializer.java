package dev.computedesk.azure.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;

/** Reads {@link ComputeSecrets} by its {@code computeType}. */
final class ComputeSecretsDeserializer extends JsonDeserializer<ComputeSecrets> {
    @Override
    public ComputeSecrets deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node == null || !node.isObject()) {
            return null;
        }
        String type = node.path("computeType").asText("");
        Class<? extends ComputeSecrets> kind;
        switch (type.toLowerCase(Locale.ROOT)) {
            case "aks":
                kind = AksComputeSecrets.class;
                break;
            case "virtualmachine":
                kind = VirtualMachineSecrets.class;
                break;
            case "databricks":
                kind = DatabricksComputeSecrets.class;
                break;
            default:
                return new UnknownComputeSecrets(type);
        }
        return parser.getCodec().treeToValue(node, kind);
    }
}

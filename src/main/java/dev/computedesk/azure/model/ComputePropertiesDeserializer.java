package dev.computedesk.azure.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.computedesk.domain.compute.ComputeKind;
import java.io.IOException;
import java.util.Map;

/**
 * Reads {@link ComputeProperties} by its {@code computeType}; unknown kinds become {@link UnknownComputeProperties}.
 *
 * <p>Without a tree: when {@code computeType} is the object's first field (as ARM and the emulator write it), the
 * kind's record is read straight from the parser, the type field put back in front, as Jackson's own
 * {@code AsPropertyTypeDeserializer} does; otherwise the object's tokens are buffered, the type looked up among
 * them and the buffer replayed. A tree per compute, then a second tree read back into the record, was a third of
 * the client's time reading the large seed's 10,000 computes (docs/performance.md).
 */
final class ComputePropertiesDeserializer extends JsonDeserializer<ComputeProperties> {
    private static final String TYPE = "computeType";
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
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            // Not at an object's start (a value that is no object, or a parser already inside one): as a tree.
            JsonNode node = parser.readValueAsTree();
            if (node == null || !node.isObject()) {
                return null;
            }
            return parser.getCodec().treeToValue(node, kindOf(node.path(TYPE).asText("")));
        }
        JsonToken first = parser.nextToken();
        if (first == JsonToken.FIELD_NAME && parser.currentName().equals(TYPE)) {
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                return readAfterLeadingType(parser, ctxt, parser.getText());
            }
        }
        return readBuffered(parser, ctxt);
    }

    /** At the first field's string value, the type: the record read from the rest, the type field put back. */
    private static ComputeProperties readAfterLeadingType(JsonParser parser, DeserializationContext ctxt,
                                                          String computeType) throws IOException {
        TokenBuffer head = ctxt.bufferForInputBuffering(parser);
        head.writeFieldName(TYPE);
        head.writeString(computeType);
        parser.clearCurrentToken();
        JsonParser whole = JsonParserSequence.createFlattened(false, head.asParser(parser), parser);
        whole.nextToken();
        JsonDeserializer<Object> kind = ctxt.findRootValueDeserializer(ctxt.constructType(kindOf(computeType)));
        return (ComputeProperties) kind.deserialize(whole, ctxt);
    }

    /**
     * Past the object's start (at its first field's name, at the value of a leading {@code computeType} that is no
     * string, or at the end of an empty object): the object buffered to its end, its type found, the buffer read.
     */
    private static ComputeProperties readBuffered(JsonParser parser, DeserializationContext ctxt) throws IOException {
        TokenBuffer buffer = ctxt.bufferForInputBuffering(parser);
        buffer.writeStartObject();
        JsonToken t = parser.currentToken();
        if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            buffer.writeFieldName(TYPE);
            buffer.copyCurrentStructure(parser);
            t = parser.nextToken();
        }
        for (; t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            buffer.copyCurrentStructure(parser);
        }
        buffer.writeEndObject();
        String computeType = "";
        try (JsonParser scan = buffer.asParserOnFirstToken()) {
            while (scan.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = scan.currentName().equals(TYPE);
                JsonToken value = scan.nextToken();
                if (wanted) {
                    // As JsonNode.asText(""): a scalar's text, "" for null or an object or array; the last one counts.
                    computeType = value.isScalarValue() && value != JsonToken.VALUE_NULL ? scan.getText() : "";
                }
                scan.skipChildren();
            }
        }
        try (JsonParser replay = buffer.asParserOnFirstToken()) {
            return ctxt.readValue(replay, kindOf(computeType));
        }
    }

    private static Class<? extends ComputeProperties> kindOf(String computeType) {
        return ComputeTerms.kind(computeType).<Class<? extends ComputeProperties>>map(KINDS::get)
                .orElse(UnknownComputeProperties.class);
    }
}

package dev.computedesk.azure.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;

/**
 * YAML text in and out, so that every string written reads back as the same string (docs/yaml.md).
 *
 * <p>Writing quotes every string a YAML 1.1 reader (PyYAML, which the CLI uses, or SnakeYAML) would take for
 * something else: {@code 0042} (an octal 34), {@code 12:30} (a sexagesimal 750), {@code yes}, {@code ~},
 * {@code 2001-12-14}, … Multi-line strings are written as literal blocks, so their newlines stay.
 * Reading keeps each scalar's text as written (a plain {@code 0042} stays "0042"): the mapping decides which
 * keys are numbers or booleans, not the YAML resolver.
 */
final class YamlText {
    private static final Resolver YAML_1_1 = new Resolver();

    /** Quotes what Jackson's own check quotes, plus every plain scalar YAML 1.1 would not read as a string. */
    private static final class Quoting extends StringQuotingChecker {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return StringQuotingChecker.Default.instance().needToQuoteName(name) || notPlainString(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return StringQuotingChecker.Default.instance().needToQuoteValue(value) || notPlainString(value);
        }

        private static boolean notPlainString(String text) {
            return !text.contains("\n") && !Tag.STR.equals(YAML_1_1.resolve(NodeId.scalar, text, true));
        }
    }

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            // A public key or an ARM id stays on one line, as people copy it.
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new Quoting())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private YamlText() {
    }

    /** The document as YAML text, keys in the order they were put. */
    static String write(ObjectNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the YAML", e);
        }
    }

    /**
     * The first document of {@code text} as a tree whose scalars are text nodes holding the text as written;
     * {@code ~}, {@code null} and empty values are left out.
     *
     * @throws IllegalArgumentException when the text is not YAML, or not a mapping at the top
     */
    static ObjectNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("The file is not a compute YAML: it has no top-level keys");
            }
            return (ObjectNode) value(parser, first);
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonNode child = value(parser, parser.nextToken());
                    if (!child.isNull()) {
                        object.set(key, child);
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                String scalar = parser.getText();
                return scalar == null || scalar.isEmpty() ? NullNode.getInstance() : TextNode.valueOf(scalar);
        }
    }
}

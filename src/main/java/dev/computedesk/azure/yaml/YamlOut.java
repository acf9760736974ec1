package dev.computedesk.azure.yaml;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** A YAML mapping being written: keys in the order put, absent (null or empty) values left out. */
final class YamlOut {
    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    YamlOut text(String key, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(key, value);
        }
        return this;
    }

    YamlOut number(String key, Number value) {
        if (value != null) {
            node.put(key, value.longValue());
        }
        return this;
    }

    YamlOut bool(String key, Boolean value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    YamlOut object(String key, YamlOut value) {
        if (value != null && !value.node.isEmpty()) {
            node.set(key, value.node);
        }
        return this;
    }

    YamlOut list(String key, Iterable<YamlOut> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(item -> array.add(item.node));
        if (!array.isEmpty()) {
            node.set(key, array);
        }
        return this;
    }

    YamlOut texts(String key, Iterable<String> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(array::add);
        if (!array.isEmpty()) {
            node.set(key, array);
        }
        return this;
    }

    YamlOut numbers(String key, Iterable<? extends Number> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(item -> array.add(item.longValue()));
        if (!array.isEmpty()) {
            node.set(key, array);
        }
        return this;
    }

    YamlOut textMap(String key, Map<String, String> map) {
        if (map != null && !map.isEmpty()) {
            ObjectNode object = node.putObject(key);
            map.forEach(object::put);
        }
        return this;
    }

    ObjectNode node() {
        return node;
    }
}

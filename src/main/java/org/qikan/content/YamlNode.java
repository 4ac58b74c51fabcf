package org.qikan.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A value inside a {@link YamlDocument}, with the field path and file line it was read from. */
public final class YamlNode {
    private final YamlDocument document;
    private final JsonNode value;
    private final String pointer;

    YamlNode(YamlDocument document, JsonNode value, String pointer) {
        this.document = document;
        this.value = value == null ? MissingNode.getInstance() : value;
        this.pointer = pointer;
    }

    public YamlNode get(String key) {
        JsonNode child = value.isObject() ? value.get(key) : null;
        return new YamlNode(document, child, pointer + "/" + key);
    }

    public List<YamlNode> elements() {
        List<YamlNode> out = new ArrayList<>();
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                out.add(new YamlNode(document, value.get(i), pointer + "/" + i));
            }
        }
        return out;
    }

    public List<String> keys() {
        List<String> out = new ArrayList<>();
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    /** Absent, or written with no value ({@code key:} or {@code key: null}). */
    public boolean isAbsent() {
        return value.isMissingNode() || value.isNull();
    }

    public boolean isMap() {
        return value.isObject();
    }

    public boolean isList() {
        return value.isArray();
    }

    public boolean isScalar() {
        return value.isValueNode() && !value.isNull();
    }

    public boolean isInteger() {
        return value.isIntegralNumber();
    }

    JsonNode value() {
        return value;
    }

    public String scalarText() {
        return value.asText();
    }

    public long longValue() {
        return value.asLong();
    }

    public Path file() {
        return document.file();
    }

    public int line() {
        return document.lineOf(pointer);
    }

    /** The 1-based column where the field's key starts (0 when not known). */
    public int column() {
        return document.columnOf(pointer);
    }

    /** The field as a reader writes it: {@code authors[0].name.zh}. */
    public String path() {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part);
            }
        }
        return out.toString();
    }
}

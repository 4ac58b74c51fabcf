package org.qikan.importer.output;

import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds the YAML of the content format (front matter, issue.yaml, journal.yaml) as a tree in field
 * order and writes it with Jackson, so that quoting and escaping are Jackson's. Blank values are
 * left out.
 */
public final class Yaml {
    private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();

    private final ObjectNode node;

    public Yaml() {
        this(JsonNodeFactory.instance.objectNode());
    }

    private Yaml(ObjectNode node) {
        this.node = node;
    }

    public Yaml scalar(String key, String value) {
        if (!blank(value)) {
            node.put(key, value.strip());
        }
        return this;
    }

    public Yaml number(String key, Integer value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    /** {@code key: {zh: …, en: …}} when either side is given. */
    public Yaml bilingual(String key, String zh, String en) {
        if (!blank(zh) || !blank(en)) {
            new Yaml(node.putObject(key)).scalar("zh", zh).scalar("en", en);
        }
        return this;
    }

    public Yaml bilingualLists(String key, List<String> zh, List<String> en) {
        if (!zh.isEmpty() || !en.isEmpty()) {
            Yaml lists = new Yaml(node.putObject(key));
            lists.strings("zh", zh);
            lists.strings("en", en);
        }
        return this;
    }

    private void strings(String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode list = node.putArray(key);
            values.forEach(list::add);
        }
    }

    /** A new map appended to the list at {@code key}. */
    public Yaml addTo(String key) {
        ArrayNode list = node.has(key) ? (ArrayNode) node.get(key) : node.putArray(key);
        return new Yaml(list.addObject());
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The YAML text, ending in a newline. */
    @Override
    public String toString() {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML between two {@code ---} lines, as front matter. */
    public String asFrontMatter() {
        return "---\n" + this + "---\n";
    }
}

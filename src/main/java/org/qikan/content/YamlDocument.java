package org.qikan.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML document that remembers the file line of every key and value, so that a missing or
 * wrong field can be reported at its line. Jackson's tree model forgets locations; this reads the
 * token stream once and records them beside the tree, keyed by JSON pointer.
 */
public final class YamlDocument {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Front matter and YAML files are metadata: beyond this many characters a file is surely not what was meant. */
    public static final int MAX_CHARS = 1_000_000;

    private final Path file;
    private final JsonNode root;
    private final Map<String, Spot> lines;

    /** Where a key (or, for list items and the root, a value) starts: 1-based line and column. */
    record Spot(int line, int column) {
    }

    private YamlDocument(Path file, JsonNode root, Map<String, Spot> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Parses {@code yaml}, which starts on line {@code firstLine} of {@code file}. A syntax error or a
     * duplicate key is added to {@code problems} and gives an empty result.
     */
    public static Optional<YamlDocument> parse(Path file, String yaml, int firstLine, Diagnostics problems) {
        Map<String, Spot> lines = new HashMap<>();
        if (yaml.length() > MAX_CHARS) {
            problems.error(file, firstLine, "YAML of " + yaml.length() + " characters is too long (at most " + MAX_CHARS + ")",
                    "keep long text in the Markdown body; front matter and .yaml files hold metadata only");
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlDocument(file, NODES.objectNode(), lines));
            }
            Reader reader = new Reader(parser, lines, firstLine - 1, file, problems);
            JsonNode root = reader.value("");
            return reader.failed ? Optional.empty() : Optional.of(new YamlDocument(file, root, lines));
        } catch (JsonProcessingException e) {
            YamlSyntaxError error = YamlSyntaxError.of(e, firstLine(e.getOriginalMessage()));
            int line = error.line() > 0 ? error.line() + firstLine - 1
                    : e.getLocation() == null ? firstLine : e.getLocation().getLineNr() + firstLine - 1;
            problems.add(org.qikan.diag.Diagnostic.error(file, line, "malformed YAML: " + error.reason(), error.hint())
                    .atColumn(error.column()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, firstLine, "cannot parse YAML: " + e.getMessage(), "check the file's syntax");
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.strip().lines().findFirst().orElse("syntax error");
        return line.replace("while parsing", "").replace("while scanning", "").strip();
    }

    public Path file() {
        return file;
    }

    public YamlNode root() {
        return new YamlNode(this, root, "");
    }

    /** The line of the value at {@code pointer}, or of the nearest ancestor that has one. */
    int lineOf(String pointer) {
        return spotOf(pointer).line();
    }

    /** The column of the value at {@code pointer} (its key's), or of the nearest ancestor that has one. */
    int columnOf(String pointer) {
        return spotOf(pointer).column();
    }

    private Spot spotOf(String pointer) {
        String p = pointer;
        while (true) {
            Spot spot = lines.get(p);
            if (spot != null) {
                return spot;
            }
            if (p.isEmpty()) {
                return new Spot(1, 0);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static final class Reader {
        private final JsonParser parser;
        private final Map<String, Spot> lines;
        private final int lineOffset;
        private final Path file;
        private final Diagnostics problems;
        private boolean failed;

        Reader(JsonParser parser, Map<String, Spot> lines, int lineOffset, Path file, Diagnostics problems) {
            this.parser = parser;
            this.lines = lines;
            this.lineOffset = lineOffset;
            this.file = file;
            this.problems = problems;
        }

        private int currentLine() {
            return parser.currentTokenLocation().getLineNr() + lineOffset;
        }

        private Spot currentSpot() {
            return new Spot(currentLine(), Math.max(0, parser.currentTokenLocation().getColumnNr()));
        }

        /** Reads the value at the current token; the parser ends on that value's last token. */
        JsonNode value(String pointer) throws IOException {
            lines.putIfAbsent(pointer, currentSpot());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(pointer);
                case START_ARRAY:
                    return array(pointer);
                case VALUE_STRING:
                    if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                        failed = true;
                        problems.error(file, currentLine(), "YAML alias '*" + parser.getText() + "' is not supported",
                                "write the value out in full where the alias stands (and drop the anchor &" + parser.getText() + ")");
                    }
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getLongValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_EMBEDDED_OBJECT:
                    return NODES.textNode(parser.getText());
                default:
                    return NODES.nullNode();
            }
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + name;
                Spot key = currentSpot();
                int keyLine = key.line();
                if (node.has(name)) {
                    failed = true;
                    problems.add(org.qikan.diag.Diagnostic.error(file, keyLine, "duplicate key '" + name + "'",
                            "each key may appear once; remove or merge the second one").atColumn(key.column()));
                }
                lines.put(child, key);
                parser.nextToken();
                node.set(name, value(child));
            }
            return node;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(pointer + "/" + index++));
            }
            return node;
        }
    }
}

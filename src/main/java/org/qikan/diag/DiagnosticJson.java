package org.qikan.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

/**
 * Diagnostics as JSON for editors and CI: {@code {"diagnostics": [...], "errors": n, "warnings": n}}, one
 * object per diagnostic with {@code file} (relative to the working folder, {@code /} separators),
 * {@code line} and {@code column} (null where not known), {@code severity}, {@code message}, {@code hint}.
 */
public final class DiagnosticJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiagnosticJson() {
    }

    /** The diagnostics, files shown relative to {@code base}. */
    public static String of(List<Diagnostic> diagnostics, Path base) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            list.add(one(d, base));
        }
        root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        return root.toString();
    }

    /** One diagnostic as a JSON object. */
    public static ObjectNode one(Diagnostic d, Path base) {
        ObjectNode node = JSON.createObjectNode();
        if (d.file() == null) {
            node.putNull("file");
        } else {
            node.put("file", d.displayPath(base));
        }
        if (d.line() > 0) {
            node.put("line", d.line());
        } else {
            node.putNull("line");
        }
        if (d.line() > 0 && d.column() > 0) {
            node.put("column", d.column());
        } else {
            node.putNull("column");
        }
        node.put("severity", d.severity().label());
        node.put("message", d.message());
        node.put("hint", d.hint());
        return node;
    }
}

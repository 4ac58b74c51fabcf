package org.qikan.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qikan.diag.Diagnostic;
import org.qikan.diag.DiagnosticJson;
import org.qikan.site.BuildResult;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of the latest build as the page sees it: {@code {"ok": true}}, or {@code "ok": false} with
 * the errors, each with its {@code where} ({@code file:line}) for the overlay.
 */
record BuildStatus(boolean ok, List<Diagnostic> errors, long sequence) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static BuildStatus of(BuildResult result, long sequence) {
        List<Diagnostic> errors = result.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        return new BuildStatus(result.succeeded(), errors, sequence);
    }

    String json(Path base) {
        ObjectNode root = JSON.createObjectNode();
        root.put("ok", ok);
        root.put("build", sequence);
        ArrayNode list = root.putArray("errors");
        for (Diagnostic d : errors) {
            ObjectNode node = DiagnosticJson.one(d, base);
            node.put("where", d.file() == null ? "" : d.displayPath(base) + (d.line() > 0 ? ":" + d.line() : ""));
            list.add(node);
        }
        return root.toString();
    }
}

package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter (between a first line {@code ---} and the next
 * line {@code ---}) and its body, keeping the line on which each starts.
 */
public record FrontMatter(String yaml, int yamlFirstLine, MarkdownSource body) {
    private static final String FENCE = "---";

    public static Optional<FrontMatter> split(SourceFile source, Diagnostics problems) {
        String text = source.text();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.error(source.path(), 1, "no front matter",
                    "start the file with a line '---', then the YAML fields (title, section, authors…), then a line '---'");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(FENCE) || line.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 2, new MarkdownSource(source.path(), i + 2, body)));
            }
        }
        problems.error(source.path(), 1, "front matter is not closed",
                "end the YAML fields with a line '---' before the Markdown text");
        return Optional.empty();
    }
}

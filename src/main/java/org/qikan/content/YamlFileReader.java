package org.qikan.content;

import java.nio.file.Path;
import java.util.Optional;

/** Reads a whole YAML file (site.yaml, journal.yaml, issue.yaml) into its root map. */
final class YamlFileReader {
    private final SourceReader sources;
    private final FieldReader fields;

    YamlFileReader(SourceReader sources, FieldReader fields) {
        this.sources = sources;
        this.fields = fields;
    }

    Optional<YamlNode> readMap(Path file, String what) {
        return sources.read(file)
                .flatMap(source -> YamlDocument.parse(file, source.text(), 1, fields.problems()))
                .map(YamlDocument::root)
                .filter(root -> fields.isMap(root, what));
    }
}

package org.qikan.importer;

import java.nio.file.Path;

/**
 * What to import and where: the issue text, the journal's slug, the content folder to write into
 * (default {@code content/}), and optional year and number overriding those read from the text.
 */
public record ImportOptions(Path input, String journal, Path outDir, Integer year, Integer number) {
}

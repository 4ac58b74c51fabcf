package org.qikan.importer;

import java.nio.file.Path;

/**
 * What to import and where: the issue text, the journal's slug, the content folder to write into
 * (default {@code content/}), optional year and number overriding those read from the text, and whether
 * to overwrite sources edited since the last import ({@code --force}).
 */
public record ImportOptions(Path input, String journal, Path outDir, Integer year, Integer number, boolean force) {
    public ImportOptions(Path input, String journal, Path outDir, Integer year, Integer number) {
        this(input, journal, outDir, year, number, false);
    }
}

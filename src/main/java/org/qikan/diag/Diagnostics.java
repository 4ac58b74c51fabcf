package org.qikan.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one build so that it can report all of them at once and then fail
 * (rather than stopping at the first). Not thread-safe: each stage fills its own and merges.
 */
public final class Diagnostics {
    private final List<Diagnostic> entries = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        entries.add(diagnostic);
    }

    public void addAll(Diagnostics other) {
        entries.addAll(other.entries);
    }

    public void error(Path file, int line, String message, String hint) {
        add(Diagnostic.error(file, line, message, hint));
    }

    public void warning(Path file, int line, String message, String hint) {
        add(Diagnostic.warning(file, line, message, hint));
    }

    /** An error at a 1-based line and column (column 0: not known). */
    public void error(Path file, int line, int column, String message, String hint) {
        add(Diagnostic.error(file, line, message, hint).atColumn(column));
    }

    /** A warning at a 1-based line and column (column 0: not known). */
    public void warning(Path file, int line, int column, String message, String hint) {
        add(Diagnostic.warning(file, line, message, hint).atColumn(column));
    }

    public boolean hasErrors() {
        return entries.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return entries.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return entries.size() - errorCount();
    }

    /** All entries, sorted by file, then line, so that reports read top to bottom. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(entries);
        copy.sort(Diagnostic.READING_ORDER);
        return List.copyOf(copy);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}

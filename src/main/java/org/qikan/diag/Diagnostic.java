package org.qikan.diag;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in the user's input, as a value: where it is (file and 1-based line, 0 when the
 * whole file is meant; the 1-based column where known, else 0), what is wrong, and what to do about it.
 *
 * <p>Formatted as {@code file:line: error: what is wrong. what to do}, the shape compilers use, so
 * editors and terminals can jump to the spot.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message, String hint) {

    /** A diagnostic with no known column. */
    public Diagnostic(Severity severity, Path file, int line, String message, String hint) {
        this(severity, file, line, 0, message, hint);
    }

    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, message, hint);
    }

    public static Diagnostic warning(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, message, hint);
    }

    /** The same diagnostic at a 1-based column of its line (0: not known). */
    public Diagnostic atColumn(int column) {
        return new Diagnostic(severity, file, line, Math.max(0, column), message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: severity: message. hint} with the file shown relative to {@code base}. */
    public String format(Path base) {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(displayPath(base));
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        out.append(severity.label()).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(message.endsWith(".") ? " " : ". ").append(hint);
        }
        return out.toString();
    }

    /** The file as shown: relative to {@code base} when under it, with {@code /} separators. */
    public String displayPath(Path base) {
        Path shown = file;
        if (base != null) {
            Path absFile = file.toAbsolutePath().normalize();
            Path absBase = base.toAbsolutePath().normalize();
            if (absFile.startsWith(absBase)) {
                shown = absBase.relativize(absFile);
            }
        }
        return shown.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return format(null);
    }
}

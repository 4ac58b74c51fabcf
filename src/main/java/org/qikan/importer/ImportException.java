package org.qikan.importer;

import org.qikan.diag.Diagnostic;

import java.nio.file.Path;

/** Input that cannot be imported at all (unreadable, not UTF-8, nothing recognisable), with where and what to do. */
public final class ImportException extends Exception {
    private final transient Diagnostic diagnostic;

    public ImportException(Path file, int line, String message, String hint) {
        super(message);
        this.diagnostic = Diagnostic.error(file, line, message, hint);
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}

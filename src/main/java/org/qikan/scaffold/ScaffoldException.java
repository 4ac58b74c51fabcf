package org.qikan.scaffold;

import org.qikan.diag.Diagnostic;

/** Why a source could not be scaffolded, as a diagnostic naming the file or folder. */
public final class ScaffoldException extends Exception {
    private final transient Diagnostic diagnostic;

    ScaffoldException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}

package org.qikan.diag;

/** How bad a {@link Diagnostic} is: an error fails the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}

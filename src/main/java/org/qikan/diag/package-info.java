/** Problems in the user's input as values that carry file and line: {@link org.qikan.diag.Diagnostic}, collected per build in {@link org.qikan.diag.Diagnostics}. */
package org.qikan.diag;

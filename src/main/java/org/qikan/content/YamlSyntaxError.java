package org.qikan.content;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Locale;

/**
 * A YAML syntax error in plain words: the parser's own reason (such as "found character '\t' that
 * cannot start any token"), the exact line and column of the problem, and what to do about it.
 *
 * @param line 1-based line within the parsed text, or 0 when the parser gave none
 * @param column 1-based column of the problem, or 0 when the parser gave none
 */
record YamlSyntaxError(String reason, int line, int column, String hint) {
    private static final String QUOTING = "check the indentation and quoting on this line and the one before; "
            + "a value that contains ': ' or starts with a quote, [ or { must be put in quotes";

    static YamlSyntaxError of(Exception e, String fallback) {
        if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getProblem() == null) {
            return new YamlSyntaxError(fallback, 0, 0, QUOTING);
        }
        Mark at = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        String problem = marked.getProblem().strip();
        String context = marked.getContext() == null ? "" : marked.getContext().strip();
        StringBuilder reason = new StringBuilder(problem.replace("'\\t(TAB)'", "tab").replace("\\t(TAB)", "tab").replace("\t", "tab"));
        if (!context.isEmpty()) {
            reason.append(" (").append(context).append(')');
        }
        if (at != null) {
            reason.append(" at column ").append(at.getColumn() + 1);
        }
        String hint = problem.contains("(TAB)") || problem.contains("\t")
                ? "indent with spaces only: YAML does not allow tabs for indentation"
                : problem.toLowerCase(Locale.ROOT).contains("alias") ? "write the value out in full" : QUOTING;
        return new YamlSyntaxError(reason.toString(), at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1, hint);
    }
}

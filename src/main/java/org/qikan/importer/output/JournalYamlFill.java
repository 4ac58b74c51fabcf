package org.qikan.importer.output;

import org.qikan.importer.structure.IssueInfo;

import java.util.regex.Pattern;

/**
 * Fills what an existing {@code journal.yaml} lacks from what this issue prints (name, English name, ISSN,
 * frequency), never touching a line the publisher wrote: missing top-level fields are appended.
 */
final class JournalYamlFill {
    private JournalYamlFill() {
    }

    /** The file with the missing fields appended, or null when nothing is missing or known. */
    static String fill(String yaml, IssueInfo info) {
        StringBuilder add = new StringBuilder();
        if (!hasKey(yaml, "name") && info.journalZh != null) {
            Yaml y = new Yaml();
            y.bilingual("name", info.journalZh, info.journalEn);
            add.append(y);
        }
        if (!hasKey(yaml, "issn") && info.issn != null) {
            add.append("issn: ").append(info.issn).append('\n');
        }
        if (add.length() == 0) {
            return null;
        }
        return yaml + (yaml.endsWith("\n") || yaml.isEmpty() ? "" : "\n") + add;
    }

    private static boolean hasKey(String yaml, String key) {
        return Pattern.compile("(?m)^" + key + "\\s*:").matcher(yaml).find();
    }
}

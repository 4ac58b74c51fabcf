package org.qikan.importer.output;

import org.qikan.importer.structure.IssueInfo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills what an existing {@code journal.yaml} lacks from what this issue prints (name, English name, the name
 * as printed in traditional characters, ISSN), never touching a line the publisher wrote: missing top-level
 * fields are appended, and a missing {@code en:} of a block-style {@code name:} is added as a line of its own.
 */
final class JournalYamlFill {
    /** A block-style {@code name:} with its indented lines. */
    private static final Pattern NAME_BLOCK = Pattern.compile("(?m)^name\\s*:\\s*\\n((?:[ \\t]+\\S.*(?:\\n|$))+)");
    private static final Pattern ZH_LINE = Pattern.compile("(?m)^[ \\t]+zh\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");

    private JournalYamlFill() {
    }

    /** The file with the missing fields appended, or null when nothing is missing or known. */
    static String fill(String yaml, IssueInfo info) {
        String text = yaml;
        StringBuilder add = new StringBuilder();
        boolean nameAdded = false;
        if (!hasKey(yaml, "name") && info.journalZh() != null) {
            Yaml y = new Yaml();
            y.bilingual("name", info.journalZh(), info.journalEn());
            add.append(y);
            nameAdded = true;
        } else if (info.journalEn() != null) {
            text = withEnglishName(text, info);
        }
        if (!hasKey(yaml, "name_alternate") && info.journalZhPrinted() != null && (nameAdded || sameName(yaml, info))) {
            add.append(new Yaml().scalar("name_alternate", info.journalZhPrinted()));
        }
        if (!hasKey(yaml, "issn") && info.issn() != null) {
            add.append("issn: ").append(info.issn()).append('\n');
        }
        if (add.length() == 0 && text.equals(yaml)) {
            return null;
        }
        return text + (text.endsWith("\n") || text.isEmpty() || add.length() == 0 ? "" : "\n") + add;
    }

    /**
     * Adds {@code en:} to a block-style {@code name:} that has only {@code zh:}, as a new line after the
     * block, when the Chinese name there is this journal's; any other form is left as written.
     */
    private static String withEnglishName(String yaml, IssueInfo info) {
        Matcher block = NAME_BLOCK.matcher(yaml);
        if (!block.find() || Pattern.compile("(?m)^[ \\t]+en\\s*:").matcher(block.group(1)).find() || !sameName(yaml, info)) {
            return yaml;
        }
        String indent = block.group(1).substring(0, block.group(1).indexOf(block.group(1).strip().charAt(0)));
        String body = block.group(1).endsWith("\n") ? block.group(1) : block.group(1) + "\n";
        String en = new Yaml().scalar("en", info.journalEn()).toString().strip();
        return yaml.substring(0, block.start(1)) + body + indent + en + "\n" + yaml.substring(block.end(1));
    }

    /** Whether the file's Chinese name is the one this issue prints (either script). */
    private static boolean sameName(String yaml, IssueInfo info) {
        Matcher block = NAME_BLOCK.matcher(yaml);
        String zh = null;
        if (block.find()) {
            Matcher m = ZH_LINE.matcher(block.group(1));
            zh = m.find() ? m.group(1).strip() : null;
        } else {
            Matcher flow = Pattern.compile("(?m)^name\\s*:\\s*\\{\\s*zh\\s*:\\s*[\"']?([^,\"'}]*)").matcher(yaml);
            zh = flow.find() ? flow.group(1).strip() : null;
        }
        return zh != null && info.journalZh() != null
                && org.qikan.importer.structure.JournalNames.simplified(zh).equals(info.journalZh());
    }

    private static boolean hasKey(String yaml, String key) {
        return Pattern.compile("(?m)^" + key + "\\s*:").matcher(yaml).find();
    }
}

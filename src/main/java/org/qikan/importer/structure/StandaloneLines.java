package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.NoteHeadings;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a block of consecutive printed lines (the paragraphs layout keeps lines with no blank line between them
 * together) into one block per line where one of its lines is a line of its own kind, which no paragraph runs
 * into: a label line (【关键词】, 作者简介：, Abstract:, Key words:), the masthead's issue line (2025年第2期（总第38期）),
 * a section line (【栏目】, ■ 栏目), an affiliation line under a byline, a reference list's heading (参考文献：) or a notes heading (注释：).
 * So a masthead printed as the journal's name over the issue line, an abstract over its key words, and an English
 * entry of title, names, abstract and key words with no blank line between them are read line by line.
 */
public final class StandaloneLines {
    private static final Pattern ISSUE_LINE = Pattern.compile(
            "^(?:\\d{4}\\s*年\\s*第\\s*\\d{1,2}\\s*期|[（(]?\\s*总\\s*第\\s*\\d{1,4}\\s*期\\s*[)）]?)[\\s\\S]{0,30}$");

    private StandaloneLines() {
    }

    public static List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARA || !b.text().contains("\n") || !hasLineOfItsOwn(b.text())) {
                out.add(b);
                continue;
            }
            String[] lines = b.text().split("\n");
            for (int k = 0; k < lines.length; k++) {
                Block line = new Block(Block.Kind.PARA, lines[k], b.line() + k, b.page(), 0, null, k == 0 && b.pageStart(),
                        k == lines.length - 1 && b.shortEnd());
                out.add(line);
            }
        }
        return out;
    }

    private static boolean hasLineOfItsOwn(String text) {
        for (String line : text.split("\n")) {
            if (standsAlone(PageJoiner.withoutMarks(line).strip())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a printed line is a line of its own kind (see the class comment). */
    public static boolean standsAlone(String line) {
        return LabelWords.startsWithLabel(line) || Texts.width(line) <= 40 && ISSUE_LINE.matcher(line).matches()
                || SectionLines.name(line) != null || Affiliations.isLine(line) || ReferenceLists.isHeading(line)
                || NoteHeadings.isHeading(line);
    }
}

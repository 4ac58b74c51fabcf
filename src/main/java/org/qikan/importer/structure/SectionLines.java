package org.qikan.importer.structure;

import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section lines as journals print them above an article and in the contents: {@code ■ 区域与国别},
 * {@code 【全球治理】}, with or without a Markdown heading mark; never a label ({@code 【摘要】}) or an
 * editor's credit ({@code 【责任编辑：…】}).
 */
public final class SectionLines {
    private static final Pattern SQUARE = Pattern.compile("^■\\s*([\\p{IsHan}A-Za-z·、与和及 ]{2,20})$");
    private static final Pattern BRACKETED = Pattern.compile("^【\\s*([\\p{IsHan}·、与和及 ]{2,16})\\s*】$");

    private SectionLines() {
    }

    /** The section's name when {@code text} is a section line; null otherwise. */
    public static String name(String text) {
        String t = Texts.cleanTitle(PageJoiner.withoutMarks(text)).strip();
        Matcher m = SQUARE.matcher(t);
        if (m.matches()) {
            return Texts.closeHanSpaces(m.group(1).strip());
        }
        m = BRACKETED.matcher(t);
        if (m.matches() && !LabelWords.startsWithLabel(t) && !t.contains("责任编辑")) {
            return Texts.closeHanSpaces(m.group(1).strip());
        }
        return null;
    }
}

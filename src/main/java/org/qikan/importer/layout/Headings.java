package org.qikan.importer.layout;

import java.util.regex.Pattern;

/**
 * Body headings by their numbering, whatever level the conversion gave them: 一、 is level 2,
 * （一） level 3, 1. level 4 (the article title is level 1).
 */
public final class Headings {
    private static final Pattern LEVEL2 = Pattern.compile("^[一二三四五六七八九十]{1,3}\\s*[、.．]\\s*\\S.*");
    private static final Pattern LEVEL3 = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]\\s*\\S.*");
    private static final Pattern LEVEL4 = Pattern.compile("^\\d{1,2}\\s*[.．、]\\s*\\D.*");
    /** Longest heading, in display width; longer numbered lines are paragraphs that start with a list number. */
    private static final int MAX_WIDTH = 90;
    private static final Pattern CONVENTIONAL = Pattern.compile("^(?:引\\s*言|导\\s*言|前\\s*言|结\\s*语|结\\s*束\\s*语|结\\s*论|余\\s*论)$");

    private Headings() {
    }

    /** Whether a line is a heading printed unnumbered by convention (引言, 结语, 结束语, …). */
    public static boolean isConventional(String line) {
        return CONVENTIONAL.matcher(line.strip()).matches();
    }

    /**
     * Whether a line could be the second or a later line of a numbered heading that the print or the converter broke:
     * it holds words (a heading breaks at a space between English words too), ends with no stop or {@code ；} (a closing
     * quote or bracket may end it), holds no {@code 。}, and is nothing else a line can be — a numbered or conventional
     * heading, a caption or source line, a label, a note, a section line ({@code ■ …}, {@code 【…】}) or an editor's
     * credit. How wide it may be is the layout's to say.
     */
    public static boolean couldContinue(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.codePoints().anyMatch(Character::isLetter) && !t.contains("。")
                && !Texts.endsWithStop(t) && !t.endsWith("；") && !t.endsWith(";") && numberedLevel(t) == 0 && !isConventional(t)
                && !Captions.isCaption(t) && !Captions.isSource(t) && !LabelWords.startsWithLabel(t) && NoteLabels.noteStart(t).isEmpty()
                && !t.startsWith("■") && !t.startsWith("【") && !t.startsWith("[") && !t.startsWith("〔") && !t.contains("责任编辑");
    }

    /** 2, 3 or 4 for a numbered heading line; 0 when the text is not one. */
    public static int numberedLevel(String text) {
        String t = Texts.cleanTitle(text);
        if (t.isEmpty() || Texts.width(t) > MAX_WIDTH || t.endsWith("。") || t.contains("\n")) {
            return 0;
        }
        if (LEVEL2.matcher(t).matches()) {
            return 2;
        }
        if (LEVEL3.matcher(t).matches()) {
            return 3;
        }
        if (LEVEL4.matcher(t).matches() && t.codePoints().anyMatch(Texts::isHan)) {
            return 4;
        }
        return 0;
    }
}

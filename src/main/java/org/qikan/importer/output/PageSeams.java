package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.structure.ImportedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the importer joined a paragraph that a page end cut and the converter left no mark of (no notes, page number,
 * running head or rule between the halves): the first half stops mid-sentence, often inside a word, and the next
 * paragraph goes on with it. Each seam is listed with its input line and the words either side, so that a publisher
 * can read it in the source; they are repairs by rule, not doubts, and do not count against the verdict.
 */
final class PageSeams {
    /** One seam: the input line the second half starts on, the article file, the words before and after it. */
    record Seam(int line, String file, String before, String after) {
        String format() {
            return "line " + line + " → `" + file + "`: “…" + before + "｜" + after + "…”";
        }
    }

    private static final Pattern PAIRED_MARKER = Pattern.compile("\uE000\\d+\uE001");
    private static final int SHOWN = 12;

    private PageSeams() {
    }

    /** The unmarked seams of each article, {@code files.get(i)} naming article i's file. */
    static List<Seam> of(List<ImportedArticle> articles, List<String> files) {
        List<Seam> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Block b : articles.get(i).body()) {
                if (b.is(Block.Kind.PARA)) {
                    seams(b, files.get(i), out);
                }
            }
        }
        return out;
    }

    /** Seams inside one joined paragraph: two pieces on the same page were joined where no page end was marked. */
    private static void seams(Block b, String file, List<Seam> out) {
        List<PageJoiner.PagedText> pieces = PageJoiner.byPage(b);
        for (int k = 1; k < pieces.size(); k++) {
            PageJoiner.PagedText before = pieces.get(k - 1);
            PageJoiner.PagedText after = pieces.get(k);
            if (before.page() == after.page()) {
                out.add(new Seam(after.line(), file, tail(shown(before.text())), head(shown(after.text()))));
            }
        }
    }

    private static String shown(String text) {
        return PAIRED_MARKER.matcher(PageJoiner.withoutMarks(text)).replaceAll("").strip();
    }

    private static String tail(String text) {
        int from = text.offsetByCodePoints(text.length(), -Math.min(SHOWN, text.codePointCount(0, text.length())));
        return text.substring(from);
    }

    private static String head(String text) {
        return text.substring(0, text.offsetByCodePoints(0, Math.min(SHOWN, text.codePointCount(0, text.length()))));
    }
}

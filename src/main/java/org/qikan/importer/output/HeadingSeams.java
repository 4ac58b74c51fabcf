package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Headings;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.SourceLines;
import org.qikan.importer.structure.ImportedArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the importer joined a numbered heading that the print, or the converter, broke over two lines or more
 * ({@code 三、……培育的} / {@code 反馈机制}): a heading whose text starts with its first input line and goes on past it.
 * Each is listed with its input line and the two halves, so that a publisher can read it in the source; like the
 * page seams ({@link PageSeams}) they are repairs by rule and do not count against the verdict.
 */
final class HeadingSeams {
    /** One joined heading: its first input line, the article file, its first line's text and what was joined after it. */
    record Seam(int line, String file, String first, String rest) {
        String format() {
            return "line " + line + " → `" + file + "`: “" + first + "｜" + rest + "”";
        }
    }

    private HeadingSeams() {
    }

    /** The joined headings of each article, {@code files.get(i)} naming article i's file. */
    static List<Seam> of(List<ImportedArticle> articles, List<String> files, SourceLines source) {
        List<Seam> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Block b : articles.get(i).body()) {
                String text = PageJoiner.withoutMarks(b.text()).strip();
                boolean heading = b.is(Block.Kind.HEADING) || b.is(Block.Kind.PARA) && Headings.numberedLevel(text) > 0;
                if (heading && b.line() >= 1 && b.line() <= source.size()) {
                    seam(b.line(), text, source.line(b.line() - 1), files.get(i), out);
                }
            }
        }
        return out;
    }

    /** A seam where the heading's text, spaces aside, starts with its first input line's and is longer. */
    private static void seam(int line, String heading, String firstLine, String file, List<Seam> out) {
        String first = firstLine.strip().replaceFirst("^#{1,6}\\s+", "").strip();
        String h = noSpace(heading);
        String f = noSpace(first);
        if (f.isEmpty() || !h.startsWith(f) || h.length() == f.length()) {
            return;
        }
        out.add(new Seam(line, file, first, restAfter(heading, f.length())));
    }

    /** What follows the first {@code chars} non-space characters of {@code text}. */
    private static String restAfter(String text, int chars) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < chars) {
            if (!Character.isWhitespace(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        return text.substring(i).strip();
    }

    private static String noSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}

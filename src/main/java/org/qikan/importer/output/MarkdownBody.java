package org.qikan.importer.output;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.Headings;
import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.TableContinuations;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.structure.ImportedArticle;
import org.qikan.importer.structure.NotePairer;
import org.qikan.importer.ImportOptions;
import org.qikan.importer.ImportResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an article's body blocks as Markdown: headings by their numbering, paragraphs, symposium
 * piece markers, and notes as footnotes numbered in reading order. A note without its marker is kept
 * as a quoted paragraph (and reported), never as a footnote nobody cites.
 */
public final class MarkdownBody {
    private static final Pattern TOKEN = Pattern.compile(NotePairer.OPEN + "(\\d+)" + NotePairer.CLOSE);
    private static final Pattern LIST_START = Pattern.compile("^(\\d+)([.)])(\\s)");

    private final List<Block> notes;
    private final boolean escape;
    private final ChinesePunctuation punctuation;
    private final Map<Integer, Integer> numbers = new LinkedHashMap<>();
    public final List<Block> unpairedNotes = new ArrayList<>();
    /** Tables and figure captions written, for the report. */
    final CaptionedMarkdown captioned;

    public MarkdownBody(List<Block> notes, boolean escape, ChinesePunctuation punctuation) {
        this.notes = notes;
        this.escape = escape;
        this.punctuation = punctuation;
        this.captioned = new CaptionedMarkdown(escape, punctuation);
    }

    /** Note numbers (token id → footnote number) cited by the body written last. */
    public Map<Integer, Integer> cited() {
        return numbers;
    }

    public String write(ImportedArticle article) {
        StringBuilder out = new StringBuilder();
        List<Block> starts = article.pieces().stream().map(ImportedArticle.Piece::start).toList();
        List<Block> bylines = article.pieces().stream().map(ImportedArticle.Piece::byline).toList();
        for (Block b : TableContinuations.joined(article.body())) {
            int piece = starts.indexOf(b);
            if (piece >= 0) {
                out.append(org.qikan.content.PieceMarker.lineFor(article.pieces().get(piece).id())).append("\n\n");
                continue;
            }
            if (bylines.contains(b)) {
                continue;
            }
            String md = block(b);
            if (md != null) {
                out.append(md).append("\n\n");
            }
        }
        String text = numberNotes(out.toString());
        StringBuilder defs = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : numbers.entrySet()) {
            Block note = notes.get(e.getKey() - 1);
            defs.append("[^").append(e.getValue()).append("]: ").append(inline(note.text())).append('\n');
        }
        return text.strip() + "\n" + (defs.length() > 0 ? "\n" + defs : "");
    }

    /** The notes the body written last cites, in footnote order. */
    public List<Block> citedNotes() {
        return numbers.keySet().stream().map(id -> notes.get(id - 1)).toList();
    }

    /** A marker paired with its note (see structure.NotePairer): private-use brackets around the note's number. */
    private static final java.util.regex.Pattern PAIRED_MARKER = java.util.regex.Pattern.compile("\uE000\\d+\uE001");

    private String block(Block b) {
        switch (b.kind()) {
            case RULE:
                return null;
            case HEADING:
                return heading(b.text(), Math.max(2, Headings.numberedLevel(b.text())));
            case TABLE:
            case FIGURE:
                return captioned.write(b);
            case NOTE:
                if (notes.contains(b)) {
                    return null;
                }
                unpairedNotes.add(b);
                String label = b.noteLabel() == null || b.noteLabel().isEmpty() ? "" : NoteLabels.printed(b.noteLabel()) + " ";
                return "> " + escapeText(label.replace("*", "\\*")) + inline(b.text());
            default:
                break;
        }
        if (b.kind() == Block.Kind.MARKDOWN) {
            return b.text();
        }
        String plain = PageJoiner.withoutMarks(b.text()).strip();
        String shown = PAIRED_MARKER.matcher(plain).replaceAll(""); // a note reference takes no room in the printed line
        int level = Headings.numberedLevel(shown);
        if (level > 0 && !Texts.endsWithStop(shown) && Texts.width(shown) <= 80 || Headings.isConventional(plain)) {
            return heading(plain, Math.max(2, level));
        }
        return paragraph(b.text());
    }

    private String heading(String text, int level) {
        // a heading's text starts no list: its number needs no escape (#### 1. …)
        return "#".repeat(level) + " " + inline(Texts.cleanTitle(text)).replaceFirst("^(\\d{1,3})\\\\([.)])", "$1$2");
    }

    private String paragraph(String text) {
        String[] lines = PageJoiner.withoutMarks(text).split("\n");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(out.length() == 0 ? "" : "\n").append(escapeText(punctuation.apply(line.strip())));
        }
        return out.toString();
    }

    private String inline(String text) {
        return escapeText(punctuation.apply(PageJoiner.withoutMarks(text).replace("\n", " ").strip()));
    }

    private String escapeText(String text) {
        String t = text.replace("[^", "\\[^");
        if (!escape) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        for (char c : t.toCharArray()) {
            if ("\\*_`<>[]|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String s = out.toString();
        Matcher list = LIST_START.matcher(s);
        if (list.find()) {
            s = list.group(1) + "\\" + list.group(2) + s.substring(list.group(1).length() + 1);
        }
        if (s.startsWith("#") || s.startsWith("- ") || s.startsWith("+ ") || s.startsWith("=")) {
            s = "\\" + s;
        }
        return s;
    }

    /** Replaces note tokens by footnote references numbered in reading order. */
    private String numberNotes(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int id = Integer.parseInt(m.group(1));
            Integer n = numbers.computeIfAbsent(id, k -> numbers.size() + 1);
            boolean linkLike = m.end() < text.length() && (text.charAt(m.end()) == '(' || text.charAt(m.end()) == '[');
            m.appendReplacement(out, Matcher.quoteReplacement("[^" + n + "]" + (linkLike ? "\\" : "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Front-matter text without note tokens (their notes are then kept by the caller). */
    public static String stripTokens(String text, List<Integer> removed) {
        if (text == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            removed.add(Integer.parseInt(m.group(1)));
        }
        return PageJoiner.withoutMarks(TOKEN.matcher(text).replaceAll("")).strip();
    }
}

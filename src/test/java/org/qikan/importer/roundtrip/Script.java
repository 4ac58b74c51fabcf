package org.qikan.importer.roundtrip;

import java.util.List;

/**
 * What a printer prints and the importer must give back: an issue's articles in order, each with its
 * bilingual front and a body of headings and paragraphs whose runs may cite a note.
 */
final class Script {
    private Script() {
    }

    record Issue(String journalZh, String journalEn, int year, int number, List<Section> sections, List<Article> articles) {
    }

    record Section(String zh, String en) {
    }

    record Author(String zh, String en, String bio) {
    }

    /** An article; {@code funding} is its funding note (本文系…成果。), or null. */
    record Article(int section, String titleZh, String titleEn, List<Author> authors, String abstractZh,
                   List<String> keywordsZh, String abstractEn, List<String> keywordsEn, List<Part> body, String editor,
                   String funding) {
    }

    /** A body part: a heading of level 2 or 3 (numbered 一、 or （一）), a paragraph, a table or a figure caption. */
    sealed interface Part permits Heading, Paragraph, Table, Figure {
    }

    /** A table printed as text: caption, rows (the first the header), a source line or null. */
    record Table(String caption, List<List<String>> rows, String source) implements Part {
    }

    /** A figure's caption with no image, a source line or null. */
    record Figure(String caption, String source) implements Part {
    }

    record Heading(int level, String text) implements Part {
    }

    record Paragraph(List<Run> runs) implements Part {
        String plain() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.text()));
            return out.toString();
        }
    }

    /** Text, then (when {@code note} is not null) a marker citing that note. */
    record Run(String text, String note) {
    }
}

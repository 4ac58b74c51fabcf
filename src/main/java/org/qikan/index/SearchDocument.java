package org.qikan.index;

import java.util.List;
import org.qikan.content.Bilingual;
import org.qikan.content.BilingualList;

/**
 * One article as search sees it: what is indexed, and what a result shows.
 *
 * @param ref         the article page's URL relative to the site root, such as {@code journal/2024-04/slug.html}
 * @param journalSlug the journal's folder, for the journal filter
 * @param issueLabel  the issue as a result names it, such as {@code 2024年第4期} / {@code 2024, No. 4}
 * @param year        the issue's year, for the year filter
 * @param sections    the body's plain text, cut at each heading that has an id
 * @param notes       the notes' plain text, each with the id of its list item (the target of {@code #note-3})
 * @param englishRef  the article's English page ({@code en/…}), or {@code null} where it has no English to show
 * @param identifiers DOI, CLC number and article number, where given: searched as they are written
 */
public record SearchDocument(
        String ref,
        String journalSlug,
        Bilingual journalName,
        Bilingual issueLabel,
        int year,
        Bilingual title,
        BilingualList authors,
        BilingualList keywords,
        Bilingual abstractText,
        List<BodySection> sections,
        List<NoteText> notes,
        String englishRef,
        List<String> identifiers) {

    public SearchDocument {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        identifiers = List.copyOf(identifiers);
    }

    /** A document without notes, English page or identifiers. */
    public SearchDocument(String ref, String journalSlug, Bilingual journalName, Bilingual issueLabel, int year,
                          Bilingual title, BilingualList authors, BilingualList keywords, Bilingual abstractText,
                          List<BodySection> sections) {
        this(ref, journalSlug, journalName, issueLabel, year, title, authors, keywords, abstractText, sections,
                List.of(), null, List.of());
    }

    /**
     * A note of the article.
     *
     * @param anchor the id of the note's list item, such as {@code note-3}
     * @param text   the note's text on one line
     */
    public record NoteText(String anchor, String text) {
    }

    /** The notes as indexed: one line each. */
    public String notesText() {
        StringBuilder out = new StringBuilder();
        notes.forEach(n -> appendLine(out, n.text()));
        return out.toString();
    }

    /** The identifiers as indexed: one line each. */
    public String identifiersText() {
        return String.join("\n", identifiers);
    }

    /**
     * A stretch of the body from one heading to the next.
     *
     * @param anchor  the heading's id, or {@code ""} for the text before the first heading
     * @param heading the heading's text, or {@code ""}
     * @param text    the text, paragraphs separated by line breaks
     */
    public record BodySection(String anchor, String heading, String text) {
    }

    /** The body text as indexed: every section's heading and text, separated by line breaks. */
    public String bodyText() {
        StringBuilder body = new StringBuilder();
        for (BodySection section : sections) {
            appendLine(body, section.heading());
            appendLine(body, section.text());
        }
        return body.toString();
    }

    private static void appendLine(StringBuilder out, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(text);
    }
}

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
        List<BodySection> sections) {

    public SearchDocument {
        sections = List.copyOf(sections);
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

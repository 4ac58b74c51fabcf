package org.qikan.render.page;

import org.qikan.content.Bilingual;

import java.util.List;

/** The issues of one year on a journal's archive page, newest first. */
public record ArchiveYear(int year, List<Entry> issues) {

    /**
     * An issue and how many articles it has.
     *
     * @param count "6 篇文章" / "6 articles" ("1 article")
     */
    public record Entry(IssueLink issue, Bilingual count) {
    }
}

package org.qikan.refs;

/**
 * A citation that points back at a work cited in full in an earlier note.
 *
 * @param author the author it names (前引, op. cit., short form), or {@code null} (同上, Ibid.)
 * @param title  the short title it names (short form), or {@code null}
 * @param page   the page it cites, or {@code null}
 * @param text   the citation as printed
 */
public record ShortCitation(int note, Kind kind, String author, String title, String page, String text) {

    public enum Kind {
        /** 同上 / 同上书 / 同上文 / Ibid.: the work of the note before. */
        IBID,
        /** 前引书 / 前引文 / 前引 + author / op. cit.: the latest earlier work of that author (or the latest work). */
        EARLIER,
        /** author + short title + page: the earlier work of that author whose title starts with it. */
        SHORT_FORM
    }
}

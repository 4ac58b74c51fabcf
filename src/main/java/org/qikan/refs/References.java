package org.qikan.refs;

import org.jsoup.parser.Parser;
import org.qikan.catalog.Work;
import org.qikan.content.Edition;
import org.qikan.diag.Diagnostics;
import org.qikan.render.Note;
import org.qikan.render.RenderedArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the notes of every rendered article as references, resolves short citations and finds
 * citations of the archive's own articles. A 同上 or 前引 with nothing to point at is a warning at
 * the note's line.
 */
public final class References {
    private References() {
    }

    public static ArchiveReferences of(Edition edition, List<RenderedArticle> rendered, Diagnostics problems) {
        Reader reader = reader(edition);
        List<ArticleReferences> out = new ArrayList<>();
        for (RenderedArticle r : rendered) {
            out.add(reader.read(r, problems));
        }
        return of(out);
    }

    /** The archive's references from each article's, read by a {@link Reader} and given in archive order. */
    public static ArchiveReferences of(List<ArticleReferences> read) {
        return new ArchiveReferences(read);
    }

    /** A reader of one article's references at a time, for the archive's articles. */
    public static Reader reader(Edition edition) {
        return new Reader(new ArchiveMatcher(edition));
    }

    /**
     * Reads the references of one article at a time against the archive; safe to use from several threads, so
     * that articles can be read in parallel and {@linkplain #of(List) put together} in archive order.
     */
    public static final class Reader {
        private final ArchiveMatcher matcher;

        private Reader(ArchiveMatcher matcher) {
            this.matcher = matcher;
        }

        /** The article's references; its unresolved short citations are warnings added to {@code problems}. */
        public ArticleReferences read(RenderedArticle r, Diagnostics problems) {
            Work work = new Work(r.journal(), r.issue(), r.article(), null);
            ArticleReferences refs = References.read(work, r.body().notes(), matcher);
            refs.unresolved().forEach(u -> problems.warning(r.article().body().file(), u.line(),
                    "'" + u.citation().text() + "' in note " + u.note() + " points at no earlier citation: " + u.reason(),
                    "give the full citation in this note, or correct the short citation"));
            return refs;
        }
    }

    static ArticleReferences read(Work work, List<Note> notes, ArchiveMatcher matcher) {
        List<ParsedNote> parsed = notes.stream().map(n -> NoteParser.parse(n.number(), n.line(), textOf(n.html()))).toList();
        ShortCitationResolver resolver = new ShortCitationResolver();
        resolver.resolve(parsed);
        List<ParsedNote> withPromoted = parsed.stream().map(n -> promote(n, resolver.promoted())).toList();
        List<ArchiveCitation> cited = new ArrayList<>();
        for (ParsedNote note : withPromoted) {
            for (Reference reference : note.references()) {
                matcher.match(reference).filter(w -> w.article() != work.article())
                        .ifPresent(w -> cited.add(new ArchiveCitation(work, note.number(), w, reference)));
            }
        }
        return new ArticleReferences(work, withPromoted, resolver.links(), resolver.unresolved(), cited);
    }

    private static ParsedNote promote(ParsedNote note, List<Reference> promoted) {
        List<Reference> mine = promoted.stream().filter(r -> r.note() == note.number()).toList();
        if (mine.isEmpty()) {
            return note;
        }
        List<Reference> all = new ArrayList<>(note.references());
        all.addAll(mine);
        List<ShortCitation> shorts = note.shortCitations().stream()
                .filter(s -> mine.stream().noneMatch(r -> r.text().equals(s.text()))).toList();
        return new ParsedNote(note.number(), note.line(), all, shorts);
    }

    /** The text of a note's HTML. */
    static String textOf(String html) {
        String text = withoutTags(html);
        // most notes have no entity, and jsoup sets up a parser for each call
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
    }

    /** {@code html} without its tags ({@code <} to the next {@code >}): what {@code replaceAll("<[^>]*>", "")} gives, without a regex. */
    static String withoutTags(String html) {
        int lt = html.indexOf('<');
        if (lt < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (lt >= 0) {
            int gt = html.indexOf('>', lt + 1);
            if (gt < 0) {
                break; // a '<' without a '>' after it, and so every '<' after it, stays text
            }
            out.append(html, from, lt);
            from = gt + 1;
            lt = html.indexOf('<', from);
        }
        return out.append(html, from, html.length()).toString();
    }
}

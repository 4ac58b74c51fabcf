package org.qikan.refs;

import org.qikan.catalog.Work;
import org.qikan.render.Note;
import org.qikan.render.RenderedBody;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Adds links to the notes of a rendered body: after a short citation, "（见注 3）" / "(see note 3)" to the
 * note with the full citation; on the title of a cited article of this archive, a link to its page
 * (or "（本站全文）" after the note where the title is not printed as the page has it). The popover
 * shows the note's HTML, so it shows these links too.
 */
public final class NoteDecorator {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private NoteDecorator() {
    }

    /** @param href the link from the citing page to a cited article's page */
    public static RenderedBody decorate(RenderedBody body, ArticleReferences refs, Function<Work, String> href) {
        if (refs == null || refs.links().isEmpty() && refs.archiveCitations().isEmpty()) {
            return body;
        }
        List<Note> notes = new ArrayList<>();
        for (Note note : body.notes()) {
            notes.add(note.withHtml(decorate(note, refs, href)));
        }
        return new RenderedBody(body.parts(), notes, body.outline());
    }

    private static String decorate(Note note, ArticleReferences refs, Function<Work, String> href) {
        String html = note.html();
        boolean chinese = HAN.matcher(References.textOf(html)).find();
        StringBuilder after = new StringBuilder();
        for (ArchiveCitation citation : refs.archiveCitations()) {
            if (citation.note() == note.number()) {
                String link = "<a class=\"note-archive\" href=\"" + href.apply(citation.cited()) + "\">";
                String title = escape(citation.reference().title());
                int at = html.indexOf(title);
                if (at >= 0) {
                    html = html.substring(0, at) + link + title + "</a>" + html.substring(at + title.length());
                } else {
                    after.append(chinese ? "（" + link + "本站全文</a>）" : " (" + link + "in this archive</a>)");
                }
            }
        }
        Set<Integer> targets = new LinkedHashSet<>();
        refs.links().stream().filter(l -> l.from() == note.number() && l.to() != l.from()).forEach(l -> targets.add(l.to()));
        for (int to : targets) {
            String link = "<a class=\"note-see\" href=\"#note-" + to + "\">" + (chinese ? "见注 " : "see note ") + to + "</a>";
            after.append(chinese ? "（" + link + "）" : " (" + link + ")");
        }
        if (after.isEmpty()) {
            return html;
        }
        return note.inline() ? html + after : html + "<p class=\"note-links\">" + after.toString().strip() + "</p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

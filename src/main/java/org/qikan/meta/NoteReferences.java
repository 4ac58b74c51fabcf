package org.qikan.meta;

import org.jsoup.Jsoup;
import org.qikan.render.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The simple rule for "this note cites a work": its text names a title (in 《》, “”, or "…") or a web
 * address, and gives a year. Commentary notes without such a reference are left out. The reference is
 * the note's plain text, whitespace collapsed.
 */
public final class NoteReferences implements ReferenceSource {
    private static final Pattern TITLE = Pattern.compile("《[^》]+》|“[^”]{3,}”|\"[^\"]{3,}\"|https?://\\S+");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]|20)\\d{2}(?!\\d)");

    @Override
    public List<CitedWork> references(List<Note> notes) {
        List<CitedWork> out = new ArrayList<>();
        for (Note note : notes) {
            String text = plainText(note.html());
            if (citesAWork(text)) {
                out.add(new CitedWork(text, text));
            }
        }
        return out;
    }

    static boolean citesAWork(String text) {
        return TITLE.matcher(text).find() && YEAR.matcher(text).find();
    }

    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text().strip();
    }
}

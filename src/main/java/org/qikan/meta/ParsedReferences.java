package org.qikan.meta;

import org.qikan.refs.NoteParser;
import org.qikan.refs.Reference;
import org.qikan.render.Note;

import java.util.ArrayList;
import java.util.List;

/**
 * The references of an article's notes as the note parser of {@code org.qikan.refs} reads them: one
 * cited work per full reference (short forms such as 同上 or Ibid. point back to one and are not repeated),
 * with the structured {@code citation_reference} content Google Scholar prefers.
 */
public final class ParsedReferences implements ReferenceSource {
    /**
     * The cited works of the notes read last, by note (number, line, HTML): an article's page and its exports
     * ask for the same notes shortly one after the other, on any thread; reading is pure, so a note read
     * again gives what the memo holds. Bounded, the oldest let go first.
     */
    private static final int REMEMBERED = 4096;
    private static final java.util.Map<String, List<CitedWork>> READ = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<CitedWork>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    @Override
    public List<CitedWork> references(List<Note> notes) {
        List<CitedWork> out = new ArrayList<>();
        for (Note note : notes) {
            String key = note.number() + "\n" + note.line() + "\n" + note.html();
            List<CitedWork> works = READ.get(key);
            if (works == null) {
                works = read(note);
                READ.put(key, works);
            }
            out.addAll(works);
        }
        return out;
    }

    private static List<CitedWork> read(Note note) {
        List<CitedWork> works = new ArrayList<>();
        for (Reference ref : NoteParser.parse(note.number(), note.line(), NoteReferences.plainText(note.html())).references()) {
            if (ref.isFull()) {
                works.add(new CitedWork(ref.text(), ref.citationReference()));
            }
        }
        return List.copyOf(works);
    }
}

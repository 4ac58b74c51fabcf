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
    @Override
    public List<CitedWork> references(List<Note> notes) {
        List<CitedWork> out = new ArrayList<>();
        for (Note note : notes) {
            for (Reference ref : NoteParser.parse(note.number(), note.line(), NoteReferences.plainText(note.html())).references()) {
                if (ref.isFull()) {
                    out.add(new CitedWork(ref.text(), ref.citationReference()));
                }
            }
        }
        return out;
    }
}

package org.qikan.refs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The notes read most recently, by number, line and text: {@link NoteParser#parse} is a function of these
 * alone and its result is immutable, so a note read again (by the export stage after the references stage,
 * or by the next build of {@code qikan serve}, where only the edited article's notes change) is taken from
 * here. Bounded: when full it is emptied, so it never holds more than {@link #LIMIT} notes (a few MB).
 */
final class ParsedNotes {
    static final int LIMIT = 16_384;
    private static final Map<String, ParsedNote> READ = new ConcurrentHashMap<>();

    private ParsedNotes() {
    }

    static ParsedNote get(int number, int line, String text, Supplier<ParsedNote> parse) {
        String key = number + ":" + line + ":" + text;
        ParsedNote note = READ.get(key);
        if (note == null) {
            note = parse.get();
            if (READ.size() >= LIMIT) {
                READ.clear();
            }
            READ.put(key, note);
        }
        return note;
    }
}

package org.qikan.render;

/** The letters that tell apart the citations of a note cited more than once: a, b, … z, aa, ab… */
public final class NoteLetters {
    private NoteLetters() {
    }

    /** The letter of the {@code n}-th citation, counting from 0. */
    public static String of(int n) {
        StringBuilder out = new StringBuilder();
        int i = n;
        do {
            out.insert(0, (char) ('a' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return out.toString();
    }
}

package org.qikan.refs;

import org.qikan.index.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves the short citations of one article's notes, in note order: 同上 / Ibid. to the note before
 * (or where that note itself points), 前引 / op. cit. to the latest earlier note citing that author
 * (and title, where given), a short form to the earlier note citing the same author and a title that
 * starts with it (a title alone: the earlier note citing a title that starts with it). A short form with no
 * earlier match is kept as a reference of its own.
 */
final class ShortCitationResolver {
    private final List<NoteLink> links = new ArrayList<>();
    private final List<Unresolved> unresolved = new ArrayList<>();
    private final List<Reference> promoted = new ArrayList<>();
    private final Map<Integer, Integer> targetOf = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    List<NoteLink> links() {
        return links;
    }

    List<Unresolved> unresolved() {
        return unresolved;
    }

    /** Short forms that matched nothing earlier: read as references in their own right. */
    List<Reference> promoted() {
        return promoted;
    }

    void resolve(List<ParsedNote> notes) {
        for (int i = 0; i < notes.size(); i++) {
            ParsedNote note = notes.get(i);
            for (ShortCitation citation : note.shortCitations()) {
                switch (citation.kind()) {
                    case IBID -> ibid(notes, i, note, citation);
                    case EARLIER -> earlier(notes, i, note, citation);
                    case SHORT_FORM -> shortForm(notes, i, citation);
                }
            }
        }
    }

    private void ibid(List<ParsedNote> notes, int at, ParsedNote note, ShortCitation citation) {
        if (!note.references().isEmpty()) {
            link(citation, note.number());
            return;
        }
        if (at == 0) {
            unresolved.add(new Unresolved(note.number(), note.line(), citation, "it is the first note: there is no note before it"));
            return;
        }
        ParsedNote before = notes.get(at - 1);
        link(citation, before.references().isEmpty() ? targetOf.getOrDefault(before.number(), before.number()) : before.number());
    }

    private void earlier(List<ParsedNote> notes, int at, ParsedNote note, ShortCitation citation) {
        for (int i = at - 1; i >= 0; i--) {
            for (Reference reference : notes.get(i).references()) {
                if ((citation.author() == null || byAuthor(reference, citation.author()))
                        && (citation.title() == null || startsWith(reference.title(), citation.title()))) {
                    link(citation, reference.note());
                    return;
                }
            }
        }
        unresolved.add(new Unresolved(note.number(), note.line(), citation, citation.author() == null
                ? "no earlier note cites a work in full"
                : "no earlier note cites a work by " + citation.author()));
    }

    private void shortForm(List<ParsedNote> notes, int at, ShortCitation citation) {
        for (int i = at - 1; i >= 0; i--) {
            for (Reference reference : notes.get(i).references()) {
                if (reference.isFull() && (citation.author() == null || byAuthor(reference, citation.author()))
                        && startsWith(reference.title(), citation.title())) {
                    link(citation, reference.note());
                    return;
                }
            }
        }
        promoted.add(new Reference(citation.note(), "document", citation.author() == null ? List.of() : List.of(citation.author()),
                List.of(), citation.title(), null, null, null, null, null, citation.page(), null, null, null, citation.text()));
    }

    private void link(ShortCitation citation, int to) {
        links.add(new NoteLink(citation.note(), to, citation));
        targetOf.putIfAbsent(citation.note(), to);
    }

    private boolean byAuthor(Reference reference, String author) {
        String wanted = folded(author);
        for (String name : reference.authors()) {
            String a = folded(name);
            if (!a.isEmpty() && (a.equals(wanted) || a.endsWith(wanted) || wanted.contains(a))) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(String title, String shortTitle) {
        String full = folded(title);
        String start = folded(shortTitle);
        return !start.isEmpty() && (full.startsWith(start) || full.contains(start));
    }

    /**
     * {@link #fold} of a text, each text folded once per article: a short citation is compared with every earlier
     * reference, so the same titles and names came up again and again.
     */
    private String folded(String text) {
        return folded.computeIfAbsent(text, ShortCitationResolver::fold);
    }

    private static final Pattern SPACE_AND_PUNCTUATION = Pattern.compile("[\\s·・.,，:：]");

    static String fold(String text) {
        return SPACE_AND_PUNCTUATION.matcher(TextNormalizer.normalize(text)).replaceAll("");
    }
}

package org.qikan.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body's fingerprint (which the export and search caches take as the body's name) changes with every field the
 * body holds, and names every component of its records: a component added to {@link BodyPart}, {@link Note} or
 * {@link OutlineEntry} and left out of {@link RenderedBody#fingerprint()} would let a rebuild take back files made
 * from a body that differs.
 */
class RenderedBodyTest {
    private static final BodyPart PART = new BodyPart("p1", "<p>正文<sup>1</sup></p>");
    private static final Note NOTE = new Note(1, "note-1", List.of("ref-1", "ref-2"), "<p>注释。</p>", false, 12);
    private static final OutlineEntry ENTRY = new OutlineEntry(2, "s1", "一、问题");

    @Test
    void everyFieldChangesTheFingerprint() {
        RenderedBody body = body(List.of(PART), List.of(NOTE), List.of(ENTRY));
        String base = body.fingerprint();
        assertThat(body.fingerprint()).as("asked again").isEqualTo(base);
        assertThat(body(List.of(PART), List.of(NOTE), List.of(ENTRY)).fingerprint()).isEqualTo(base).matches("[0-9a-f]{32}");
        List<RenderedBody> changed = new ArrayList<>();
        for (UnaryOperator<BodyPart> change : List.<UnaryOperator<BodyPart>>of(
                p -> new BodyPart("p2", p.html()), p -> new BodyPart(null, p.html()), p -> new BodyPart(p.pieceId(), p.html() + " "))) {
            changed.add(body(List.of(change.apply(PART)), List.of(NOTE), List.of(ENTRY)));
        }
        for (UnaryOperator<Note> change : List.<UnaryOperator<Note>>of(
                n -> new Note(2, n.id(), n.refIds(), n.html(), n.inline(), n.line()),
                n -> new Note(n.number(), "note-2", n.refIds(), n.html(), n.inline(), n.line()),
                n -> new Note(n.number(), n.id(), List.of("ref-1"), n.html(), n.inline(), n.line()),
                n -> new Note(n.number(), n.id(), List.of("ref-1ref-2"), n.html(), n.inline(), n.line()),
                n -> new Note(n.number(), n.id(), n.refIds(), "<p>注释</p>", n.inline(), n.line()),
                n -> new Note(n.number(), n.id(), n.refIds(), n.html(), true, n.line()),
                n -> new Note(n.number(), n.id(), n.refIds(), n.html(), n.inline(), 13))) {
            changed.add(body(List.of(PART), List.of(change.apply(NOTE)), List.of(ENTRY)));
        }
        for (UnaryOperator<OutlineEntry> change : List.<UnaryOperator<OutlineEntry>>of(
                e -> new OutlineEntry(3, e.id(), e.text()), e -> new OutlineEntry(e.level(), "s2", e.text()),
                e -> new OutlineEntry(e.level(), e.id(), "二、问题"))) {
            changed.add(body(List.of(PART), List.of(NOTE), List.of(change.apply(ENTRY))));
        }
        changed.add(body(List.of(PART, PART), List.of(NOTE), List.of(ENTRY)));
        changed.add(body(List.of(PART), List.of(), List.of(ENTRY)));
        changed.add(body(List.of(PART), List.of(NOTE), List.of()));
        // a part's HTML cannot move into the next field unnoticed
        changed.add(body(List.of(new BodyPart("p1<p>", "正文<sup>1</sup></p>")), List.of(NOTE), List.of(ENTRY)));
        List<String> keys = changed.stream().map(RenderedBody::fingerprint).toList();
        assertThat(keys).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void theFingerprintNamesEveryComponentOfTheRecordsItHashes() {
        // when one of these fails: add the new component to RenderedBody.fingerprint(), then the one name here
        assertThat(names(BodyPart.class)).containsExactly("pieceId", "html");
        assertThat(names(Note.class)).containsExactly("number", "id", "refIds", "html", "inline", "line");
        assertThat(names(OutlineEntry.class)).containsExactly("level", "id", "text");
    }

    private static RenderedBody body(List<BodyPart> parts, List<Note> notes, List<OutlineEntry> outline) {
        return new RenderedBody(parts, notes, outline);
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }
}

package org.qikan.importer.layout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Marker and note-label spellings, as converters print them. */
class NoteLabelsTest {

    /**
     * An article with more than 99 notes numbers them with three superscript digits: ¹⁰⁰ is note 100, not note 10
     * followed by a stray ⁰ (which paired the wrong notes in every article after it).
     */
    @Test
    void superscriptMarkersOfThreeDigitsAreOneMarker() {
        assertThat(NoteLabels.markers("合作需求仍然巨大。¹⁰⁰其他")).singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo("100"));
        assertThat(NoteLabels.noteStart("¹²² 《一份报告》，第3页。")).hasValueSatisfying(n -> {
            assertThat(n.label()).isEqualTo("122");
            assertThat(n.text()).isEqualTo("《一份报告》，第3页。");
        });
    }

    @Test
    void superscriptMarkersOfOneAndTwoDigits() {
        assertThat(NoteLabels.markers("史。¹“文明”的定义有很多种。²⁴《书》").stream().map(NoteLabels.Marker::label).toList())
                .containsExactly("1", "24");
    }

    /** A circled marker after a sentence's character stands in running text; a note's label at a line's start does not. */
    @Test
    void runningMarkerStandsAfterACharacterNotAtALineStart() {
        assertThat(NoteLabels.RUNNING_MARKER.matcher("合作需求仍然巨大。② 其他").find()).isTrue();
        assertThat(NoteLabels.RUNNING_MARKER.matcher("见前文 ③").find()).isTrue();
        assertThat(NoteLabels.RUNNING_MARKER.matcher("① 《一份报告》，第3页").find()).isFalse();
        assertThat(NoteLabels.RUNNING_MARKER.matcher("  ⑫ 同上").find()).isFalse();
    }
}

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
}

package org.qikan.importer.structure;

import org.junit.jupiter.api.Test;
import org.qikan.importer.layout.Block;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English back matter whose two-column fragments the converter lost in part: a key words list whose label and first
 * items are missing is listed as not placed (never read as a byline or a new entry); a byline followed by an abstract
 * still starts an entry when its title is missing.
 */
class EnglishFragmentsTest {
    private static Block para(String text, int line) {
        return Block.para(text, line);
    }

    @Test
    void keyWordsWithoutTheirLabelAfterAnAbstractAreAFragmentNotAnEntry() {
        List<Block> section = List.of(
                Block.heading("Ports and Regional Cooperation", 1, 2),
                para("Wang Ming; Li Hua", 3),
                para("Abstract: This article studies how ports shape regional cooperation. It proposes a framework.", 4),
                para("Complex; Port Governance", 6),
                Block.heading("Shipping Lines and Their Inertia", 8, 2),
                para("Zhao Liu", 10),
                para("Abstract: Shipping networks are hard to change once formed. Latecomers cooperate.", 11));
        EnglishAbstracts.Read read = EnglishAbstracts.read(section);
        assertThat(read.entries()).extracting(EnglishAbstracts.Entry::title)
                .containsExactly("Ports and Regional Cooperation", "Shipping Lines and Their Inertia");
        assertThat(read.entries().get(0).keywords()).isEmpty();
        assertThat(read.entries().get(0).authors()).containsExactly("Wang Ming", "Li Hua");
        assertThat(read.fragments()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.text()).isEqualTo("Complex; Port Governance");
            assertThat(f.after()).isZero();
        });
        assertThat(read.consumed()).hasSize(section.size());
    }

    @Test
    void aBylineFollowedByAnAbstractStillStartsAnEntryWhenItsTitleIsLost() {
        List<Block> section = List.of(
                para("Abstract: This article studies how ports shape regional cooperation. It proposes a framework.", 1),
                para("Key words: Ports; Cooperation", 3),
                para("Zhao Liu; Qian Qi", 5),
                para("Abstract: Shipping networks are hard to change once formed. Latecomers cooperate.", 6));
        EnglishAbstracts.Read read = EnglishAbstracts.read(section);
        assertThat(read.fragments()).isEmpty();
        assertThat(read.entries()).hasSize(2);
        assertThat(read.entries().get(1).authors()).containsExactly("Zhao Liu", "Qian Qi");
    }

    @Test
    void namesRightAfterAnAbstractWithNoKeyWordsAreABylineWhenAnAbstractFollows() {
        List<Block> section = List.of(
                para("Abstract: This article studies how ports shape regional cooperation. It proposes a framework.", 1),
                para("Zhao Liu; Qian Qi", 3),
                para("Abstract: Shipping networks are hard to change once formed. Latecomers cooperate.", 4));
        EnglishAbstracts.Read read = EnglishAbstracts.read(section);
        assertThat(read.fragments()).isEmpty();
        assertThat(read.entries()).hasSize(2);
        assertThat(read.entries().get(1).authors()).containsExactly("Zhao Liu", "Qian Qi");
    }
}

package org.qikan.importer.structure;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qikan.importer.layout.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of text whose notes restart at ① on every page, some printed (or converted) with marker labels that do not
 * fit their page: where the labels are a misreading (not the page's labels), each marker is paired with the note at its
 * place in the page's order and the pair is recorded for the report; where they are the page's labels, they are trusted.
 */
class NotePairerPositionTest {
    private static final Pattern TOKEN = Pattern.compile(NotePairer.OPEN + "(\\d+)" + NotePairer.CLOSE);
    private static final Pattern ID = Pattern.compile("段(\\d+)");

    private static String circled(int n) {
        return String.valueOf((char) (0x2460 + n - 1));
    }

    /** A page's markers with their labels as printed and the notes they stand for, in reading order. */
    private record Page(int number, List<Integer> ids, List<Integer> labels) {
    }

    @Property(tries = 300)
    void everyMarkerIsPairedWithItsOwnNote(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int pages) {
        Random random = new Random(seed);
        List<Block> blocks = new ArrayList<>();
        List<Page> printed = new ArrayList<>();
        int id = 0;
        int line = 1;
        int lostLabels = 0;
        for (int p = 1; p <= pages; p++) {
            int k = random.nextInt(5);
            boolean misread = random.nextInt(3) == 0;
            List<Integer> ids = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (int j = 1; j <= k; j++) {
                ids.add(++id);
                labels.add(misread ? 1 + random.nextInt(9) : j);
                blocks.add(Block.para("第" + p + "页的正文段" + id + "说明了一个观点。" + circled(labels.get(j - 1)), line += 2).withPage(p));
            }
            // a note whose label (with its first words) the converter lost, before a labelled note of its page
            int lost = !misread && k >= 2 && random.nextInt(3) == 0 ? 1 + random.nextInt(k - 1) : 0;
            lostLabels += lost > 0 ? 1 : 0;
            for (int j = 1; j <= k; j++) {
                blocks.add(Block.note("出处段" + ids.get(j - 1) + "，示例出版社2031年版。", line += 2, j == lost ? "" : circled(j)).withPage(p));
            }
            printed.add(new Page(p, ids, labels));
        }

        NotePairer.Pairing pairing = NotePairer.pair(blocks);

        int expectedByPosition = 0;
        for (Page page : printed) {
            int k = page.ids().size();
            boolean pageLabels = page.labels().stream().sorted().toList().equals(java.util.stream.IntStream.rangeClosed(1, k).boxed().toList());
            for (int j = 0; j < k; j++) {
                String note = noteOf(pairing, page.ids().get(j));
                if (pageLabels) {
                    // labels that are the page's own are trusted: the note of that label on the page
                    int owner = page.ids().get(page.labels().get(j) - 1);
                    assertThat(note).as("page %d marker %d (labels %s)", page.number(), j + 1, page.labels()).contains("出处段" + owner + "，");
                } else {
                    assertThat(note).as("page %d marker %d (labels %s)", page.number(), j + 1, page.labels()).contains("出处段" + page.ids().get(j) + "，");
                    if (page.labels().get(j) != j + 1) {
                        expectedByPosition++;
                    }
                }
            }
        }
        assertThat(pairing.unpairedMarkers()).isEmpty();
        assertThat(pairing.pairedByPosition()).hasSize(expectedByPosition);
        assertThat(pairing.labelsInferred()).hasSize(lostLabels);
    }

    /** The text of the note paired with the marker of paragraph {@code id}, or "" when it has none. */
    private static String noteOf(NotePairer.Pairing pairing, int id) {
        for (Block b : pairing.blocks()) {
            Matcher own = ID.matcher(b.text());
            if (b.is(Block.Kind.PARA) && own.find() && Integer.parseInt(own.group(1)) == id) {
                Matcher token = TOKEN.matcher(b.text());
                return token.find() ? pairing.notes().get(Integer.parseInt(token.group(1)) - 1).text() : "";
            }
        }
        throw new AssertionError("no paragraph " + id);
    }

    @Test
    void aPageWithAMarkerMoreThanItsNotesIsNotPairedByPosition() {
        List<Block> blocks = List.of(
                Block.para("正文段1说明了一个观点。①", 1).withPage(1),
                Block.para("正文段2说明了一个观点。③", 3).withPage(1),
                Block.para("正文段3说明了一个观点。②", 5).withPage(1),
                Block.note("出处段1。", 7, "①").withPage(1),
                Block.note("出处段3。", 9, "②").withPage(1));
        NotePairer.Pairing pairing = NotePairer.pair(blocks);
        assertThat(pairing.pairedByPosition()).isEmpty();
        assertThat(pairing.unpairedMarkers()).extracting(NotePairer.Unpaired::label).containsExactly("③");
    }

    @Test
    void aFundingNoteBeforeNoteOneOrAfterTheLastKeepsNoLabel() {
        List<Block> blocks = List.of(
                Block.para("正文段1说明了一个观点。①", 1).withPage(1),
                Block.note("本文系示例基金项目的成果。", 3, "").withPage(1),
                Block.note("出处段1。", 5, "①").withPage(1),
                Block.note("本文系另一基金项目的成果。", 7, "").withPage(1));
        NotePairer.Pairing pairing = NotePairer.pair(blocks);
        assertThat(pairing.labelsInferred()).isEmpty();
        assertThat(pairing.blocks().get(1).noteLabel()).isEmpty();
        assertThat(pairing.blocks().get(3).noteLabel()).isEmpty();
    }

    @Test
    void ordinalsOfCircledAndBracketedLabels() {
        assertThat(NotePairer.ordinal("①")).isEqualTo(1);
        assertThat(NotePairer.ordinal("⑳")).isEqualTo(20);
        assertThat(NotePairer.ordinal("㉑")).isEqualTo(21);
        assertThat(NotePairer.ordinal("㊿")).isEqualTo(50);
        assertThat(NotePairer.ordinal("12")).isEqualTo(12);
        assertThat(NotePairer.ordinal("*")).isZero();
    }
}

package org.qikan.importer.roundtrip;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qikan.importer.layout.Texts;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The printer's hard wrapping: lines within the width, English broken as converters break it, the text recoverable. */
class HardWrapTest {
    private static final String MIXED = "在治理领域，合作推动了秩序的转型。Co-financing among multilateral development banks is seen as "
            + "a way to scale up development finance and spread project risk.文章认为，技术网络不会因管制而简单断裂。";

    @Property(tries = 100, seed = "7")
    void linesStayWithinTheWidthAndJoinBackToTheText(@ForAll @IntRange(min = 30, max = 90) int width, @ForAll long seed) {
        String text = MIXED.substring(new Random(seed).nextInt(20));
        List<String> lines = IssuePrinter.wrap(text, width);
        String joined = lines.get(0);
        for (String line : lines) {
            int columns = line.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
            assertThat(columns).as(line).isLessThanOrEqualTo(width + 1);
        }
        for (int i = 1; i < lines.size(); i++) {
            joined = Texts.joinCut(joined, lines.get(i));
        }
        assertThat(joined).isEqualTo(text.strip());
    }

    @Test
    void aLongEnglishWordBreaksWithTheConvertersHyphenAndACompoundAtItsOwn() {
        List<String> lines = IssuePrinter.wrap("Coordination in co-financing by multilateral institutions", 22);
        assertThat(lines).anyMatch(l -> l.endsWith("⁃"));
        assertThat(String.join("|", IssuePrinter.wrap("the co-financing", 9))).isEqualTo("the co-|financing");
    }
}

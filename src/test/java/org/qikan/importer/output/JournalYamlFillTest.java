package org.qikan.importer.output;

import org.junit.jupiter.api.Test;
import org.qikan.importer.structure.IssueInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** A later import fills what journal.yaml lacks (English name, the printed traditional name) and changes no line the publisher wrote. */
class JournalYamlFillTest {
    private static IssueInfo printed() {
        return new IssueInfo("东海国际研究", "東海國際研究", "Donghai International Studies", null, "1234-567X", 2031, 2, null, null);
    }

    @Test
    void theEnglishNameAndTheAlternateAreAddedAsNewLines() {
        String yaml = "name:\n  zh: \"东海国际研究\"\ncolor: \"#123456\"\n";
        String filled = JournalYamlFill.fill(yaml, printed());
        assertThat(filled).isEqualTo("name:\n  zh: \"东海国际研究\"\n  en: \"Donghai International Studies\"\ncolor: \"#123456\"\n"
                + "name_alternate: \"東海國際研究\"\nissn: 1234-567X\n");
    }

    @Test
    void whatThePublisherEditedStays() {
        String yaml = "name:\n  zh: 东海国际评论\n  en: Donghai Review\nname_alternate: 東海\nissn: 9999-9999\n";
        assertThat(JournalYamlFill.fill(yaml, printed())).isNull();
    }

    @Test
    void anotherNameGetsNoAlternateAndNoEnglishName() {
        String yaml = "name:\n  zh: 东海评论\nissn: 9999-9999\n";
        assertThat(JournalYamlFill.fill(yaml, printed())).isNull();
    }

    @Test
    void aFlowStyleNameIsLeftAsWritten() {
        String yaml = "name: {zh: 東海國際研究}\n";
        assertThat(JournalYamlFill.fill(yaml, printed())).isEqualTo(yaml + "name_alternate: \"東海國際研究\"\nissn: 1234-567X\n");
    }

    @Test
    void anEmptyFileGetsTheWholeName() {
        assertThat(JournalYamlFill.fill("", printed()))
                .isEqualTo("name:\n  zh: \"东海国际研究\"\n  en: \"Donghai International Studies\"\nname_alternate: \"東海國際研究\"\nissn: 1234-567X\n");
    }
}

package org.qikan.importer.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SiteYamlTest {
    @Test
    void oneJournalsNamesAreTheTitle() {
        assertThat(SiteYaml.text(List.of(SiteYaml.current("a", "甲刊", "Alpha")))).startsWith("title:\n").contains("zh: \"甲刊\"").contains("en: \"Alpha\"");
    }

    @Test
    void severalJournalsHaveAnEnglishTitleOnlyWhenEachHasAnEnglishName() {
        String text = SiteYaml.text(List.of(SiteYaml.current("a", "甲刊", "Alpha"), SiteYaml.current("b", "乙刊", null)));
        assertThat(text).contains("甲刊、乙刊").doesNotContain("en:").doesNotContain("Alpha");
    }

    @Test
    void aJournalWithNoNameIsNamedByItsFolder() {
        assertThat(SiteYaml.text(List.of(SiteYaml.current("alpha", null, null)))).contains("zh: \"alpha\"").doesNotContain("en:");
    }
}

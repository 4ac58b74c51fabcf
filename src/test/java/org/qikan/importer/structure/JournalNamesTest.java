package org.qikan.importer.structure;

import org.junit.jupiter.api.Test;
import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.WrappedLayout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalNamesTest {

    @Test
    void aTraditionalNameIsSimplifiedAndThePrintedFormKept() {
        IssueInfo.Builder info = new IssueInfo.Builder();
        info.journalZh = "東海國際研究";
        JournalNames.complete(info, List.of(), List.of(), List.of());
        assertThat(info.journalZh).isEqualTo("东海国际研究");
        assertThat(info.journalZhPrinted).isEqualTo("東海國際研究");
    }

    @Test
    void aSimplifiedNameHasNoAlternate() {
        IssueInfo.Builder info = new IssueInfo.Builder();
        info.journalZh = "东海国际研究";
        JournalNames.complete(info, List.of(), List.of(), List.of());
        assertThat(info.journalZhPrinted).isNull();
    }

    @Test
    void theEnglishNameFromARunningHead() {
        IssueInfo.Builder info = new IssueInfo.Builder();
        JournalNames.complete(info, List.of(), List.of(new WrappedLayout.Furniture(9, "running head", "Journal of Harbour Studies 2031, No. 2")), List.of());
        assertThat(info.journalEn).isEqualTo("Journal of Harbour Studies");
        IssueInfo.Builder upper = new IssueInfo.Builder();
        JournalNames.complete(upper, List.of(), List.of(new WrappedLayout.Furniture(9, "running head", "EAST SEA REVIEW")), List.of());
        assertThat(upper.journalEn).isEqualTo("East Sea Review");
    }

    @Test
    void theEnglishNameFromTheLineAboveTheEnglishContents() {
        IssueInfo.Builder info = new IssueInfo.Builder();
        List<Block> front = List.of(Block.para("东海国际研究", 1), Block.para("Donghai International Studies", 3), Block.para("CONTENTS", 5),
                Block.para("The New Agenda *ZHOU Ming*", 7));
        JournalNames.complete(info, front, List.of(), front);
        assertThat(info.journalEn).isEqualTo("Donghai International Studies");
    }

    @Test
    void anEnglishTitleOrSectionWordIsNoName() {
        assertThat(JournalNames.name("Abstracts")).isNull();
        assertThat(JournalNames.name("the rise of a new order in the region")).isNull();
        assertThat(JournalNames.name("Table of Contents")).isNull();
    }
}

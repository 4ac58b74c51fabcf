package org.qikan.importer.structure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleFileNamesTest {

    @Test
    void englishTitleWordsNameTheFile() {
        assertEquals("ports-and-the-new-silk-road", PrintedIssue.slugWords("Ports and the New Silk Road: A Study of Ten Harbours", 6));
    }

    @Test
    void withoutAnEnglishTitleThePinyinOfTheChineseTitleNamesIt() {
        assertEquals("gang-kou-he-zuo-de-xin", PrintedIssue.pinyinWords("港口合作的新格局：以东南亚为例", 6));
        assertEquals("ai-zhi-li-de-qu-yu", PrintedIssue.pinyinWords("AI治理的区域比较", 6), "a Latin word counts as one");
        assertEquals("bei-jing", PrintedIssue.pinyinWords("《北京》", 6), "punctuation leaves no trace");
    }
}

package org.qikan.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void foldsFullWidthTraditionalAndCase() {
        assertThat(TextNormalizer.normalize("Ｃｈｉｎａ　１２３")).isEqualTo("china 123");
        assertThat(TextNormalizer.normalize("國際關係")).isEqualTo("国际关系");
        assertThat(TextNormalizer.normalize("後來")).isEqualTo("后来");
        assertThat(TextNormalizer.normalize("İSTANBUL")).isEqualTo("istanbul");
    }

    @Test
    void keepsOneCodePointForEachAndChangesNothingTheSecondTime() {
        ChineseConversion table = ChineseConversion.get();
        assertThat(table.size()).isGreaterThan(2000);
        for (int cp = 0x3400; cp < 0xA000; cp++) {
            int once = TextNormalizer.fold(cp);
            assertThat(TextNormalizer.fold(once)).as("U+%04X", cp).isEqualTo(once);
        }
        String text = "乾隆年間，憂鬱的臺灣𠀀";
        assertThat(TextNormalizer.normalize(text).codePointCount(0, TextNormalizer.normalize(text).length()))
                .isEqualTo(text.codePointCount(0, text.length()));
    }

    @Test
    void tableScriptIsPairsInCodePointOrder() {
        String script = ChineseConversion.get().asJavaScript();
        assertThat(script).contains("var qikanT2S = \"").contains("國国").contains("際际").contains("OpenCC");
        assertThat(script).isEqualTo(ChineseConversion.get().asJavaScript());
    }

    @Test
    void tokenizesHanIntoCharactersAndPairsAndWordsIntoStems() {
        assertThat(SearchTokenizer.indexTerms("芯片产业")).containsExactly("芯", "芯片", "片", "片产", "产", "产业", "业");
        assertThat(SearchTokenizer.queryTerms("芯片产业")).containsExactly("芯片", "片产", "产业");
        assertThat(SearchTokenizer.queryTerms("芯")).containsExactly("芯");
        assertThat(SearchTokenizer.queryTerms("國際 the Settlements, 5G")).containsExactly("国际", "settlement", "5g");
        assertThat(SearchTokenizer.indexTerms("中国—中亚")).containsExactly("中", "中国", "国", "中", "中亚", "亚");
    }
}

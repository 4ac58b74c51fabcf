package org.qikan.importer.output;

import org.junit.jupiter.api.Test;
import org.qikan.importer.structure.NotePairer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChinesePunctuationTest {
    private static String zh(String text) {
        return new ChinesePunctuation().apply(text);
    }

    private static void unchanged(String text) {
        ChinesePunctuation p = new ChinesePunctuation();
        assertEquals(text, p.apply(text));
        assertEquals(0, p.count(), "no mark counted in " + text);
    }

    @Test
    void commaBetweenHanBecomesFullWidth() {
        assertEquals("中国，美国", zh("中国,美国"));
    }

    @Test
    void eachMarkHasItsFullWidthForm() {
        assertEquals("一是合作；二是竞争", zh("一是合作;二是竞争"));
        assertEquals("他指出：合作是关键", zh("他指出:合作是关键"));
        assertEquals("为何如此？答案在下", zh("为何如此?答案在下"));
        assertEquals("此言不虚！", zh("此言不虚!"));
    }

    @Test
    void parenthesesAroundChineseBecomeFullWidth() {
        assertEquals("这一点（见下文）很重要", zh("这一点(见下文)很重要"));
        assertEquals("国际货币基金组织（IMF）的贷款", zh("国际货币基金组织(IMF)的贷款"));
        assertEquals("研究（2020）", zh("研究(2020)"));
    }

    @Test
    void spacesAfterAMadeFullWidthAreDropped() {
        assertEquals("中国，美国", zh("中国, 美国"));
        assertEquals("参见：Smith", zh("参见: Smith"));
    }

    @Test
    void spacesAroundMadeFullWidthParenthesesAreDropped() {
        assertEquals("记者芬斯特（Danny Fenster）曾", zh("记者芬斯特 (Danny Fenster) 曾"));
        assertEquals("中国，美国", zh("中国 , 美国"));
    }

    @Test
    void curlyQuotesTakeTheScriptOfWhatTheyQuote() {
        assertEquals("“重建更美好世界”（B3W）", zh("“重建更美好世界”(B3W)"));
        unchanged("the “Global South” (GS) and “rules”, mostly");
    }

    @Test
    void markBeforeChineseAfterANumberOrLatinWord() {
        assertEquals("2020年以来，中国", zh("2020年以来,中国"));
        assertEquals("截至2020，中国", zh("截至2020,中国"));
        assertEquals("美国学者Smith，他认为", zh("美国学者Smith,他认为"));
    }

    @Test
    void countsEveryMarkMadeFullWidth() {
        ChinesePunctuation p = new ChinesePunctuation();
        p.apply("中国,美国(见下文)");
        p.apply("合作;竞争");
        assertEquals(4, p.count());
    }

    @Test
    void latinTextIsLeftAsPrinted() {
        unchanged("Smith, J. (2020). Why? Because: it works!");
        unchanged("Henry Farrell and Abraham L. Newman, \"Weaponized Interdependence\", International Security, Vol. 44, No. 1, 2019, pp. 42-79.");
    }

    @Test
    void latinCitationInsideChineseKeepsItsOwnPunctuation() {
        assertEquals("参见Smith, J. (2020)一书", zh("参见Smith, J. (2020)一书"));
    }

    @Test
    void numbersAreLeftAsPrinted() {
        unchanged("共有1,000人");
        unchanged("比分为3:2");
        unchanged("约12,345.6亿元");
    }

    @Test
    void urlsAreLeftAsPrinted() {
        assertEquals("见https://example.org/a?b=1,2;c:(d)!e，访问", zh("见https://example.org/a?b=1,2;c:(d)!e,访问"));
        unchanged("网址https://example.org/中国");
        assertEquals("网址：www.example.org/x,y", zh("网址:www.example.org/x,y"));
    }

    @Test
    void doisAndEmailAddressesAreLeftAsPrinted() {
        assertEquals("DOI:10.1000/abc,d(1)，载于", zh("DOI:10.1000/abc,d(1),载于"));
        assertEquals("作者邮箱li.ming@example.edu.cn，欢迎", zh("作者邮箱li.ming@example.edu.cn,欢迎"));
    }

    @Test
    void markdownSyntaxIsLeftAsPrinted() {
        assertEquals("参见[中国](https://example.org/(a))一文", zh("参见[中国](https://example.org/(a))一文"));
        assertEquals("如图![图一](fig.png)", zh("如图![图一](fig.png)"));
        unchanged("[^1]: 王明：《合作》");
        assertEquals("[^1]: 王明：《合作》，北京", zh("[^1]: 王明：《合作》,北京"));
        unchanged("中国[^12]");
        unchanged("代码`中国,美国(a)`如此");
        unchanged("| 中国 | 美国 |\n|:---|---:|");
        unchanged("中国\\(见下文\\)");
        unchanged("中国<sup>(1)</sup>");
    }

    @Test
    void noteTokensAreLookedThrough() {
        String token = NotePairer.OPEN + "3" + NotePairer.CLOSE;
        assertEquals("中国" + token + "，美国", zh("中国" + token + ",美国"));
    }

    @Test
    void markNextToOtherChinesePunctuation() {
        assertEquals("《合作》，北京", zh("《合作》,北京"));
        assertEquals("“合作”，北京", zh("“合作”，北京"));
    }

    @Test
    void applyingTwiceEqualsApplyingOnce() {
        String once = zh("Smith,(中国)");
        assertEquals("Smith，（中国）", once);
        assertEquals(once, zh(once));
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertNull(zh(null));
        assertEquals("", zh(""));
    }
}

package org.qikan.importer.structure;

import org.junit.jupiter.api.Test;
import org.qikan.importer.layout.Block;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for CSSCI journals' conventions: affiliation lines, reference lists, lines of their own, English names. */
class CssciConventionsTest {

    @Test
    void anAffiliationLineIsAUnitWithItsAddressInParentheses() {
        assertThat(Affiliations.isLine("（南海大学法学院，海口 570228）")).isTrue();
        assertThat(Affiliations.isLine("(西部大学政治学院, 兰州 730000)")).isTrue();
        assertThat(Affiliations.isLine("（南方大学公共管理学院，广州）")).isTrue();
        assertThat(Affiliations.isLine("（1. 北方大学国际关系学院，天津 300071；2. 东亚研究院，北京 100732）")).isTrue();
        assertThat(Affiliations.units("（1. 北方大学国际关系学院，天津 300071；2. 东亚研究院，北京 100732）"))
                .containsExactly("北方大学国际关系学院", "东亚研究院");
        // a parenthesis of a title or of prose is no affiliation
        assertThat(Affiliations.isLine("（下转第35页）")).isFalse();
        assertThat(Affiliations.isLine("（见第三部分，下同）")).isFalse();
        assertThat(Affiliations.isLine("（2023年修订版）")).isFalse();
        assertThat(Affiliations.isLine("（本文系国家社会科学基金项目的阶段性成果。）")).isFalse();
    }

    @Test
    void oneUnitGoesToEveryAuthorAndNumberedUnitsInOrder() {
        List<ImportedArticle.Author> two = List.of(new ImportedArticle.Author("周明远"), new ImportedArticle.Author("陈思琪"));
        assertThat(Affiliations.assign(two, List.of("西南大学国际关系学院"))).extracting(ImportedArticle.Author::affiliationZh)
                .containsExactly("西南大学国际关系学院", "西南大学国际关系学院");
        assertThat(Affiliations.assign(two, List.of("甲大学", "乙研究院"))).extracting(ImportedArticle.Author::affiliationZh)
                .containsExactly("甲大学", "乙研究院");
    }

    @Test
    void theAffiliationUnderTheBylineIsNeverTheTitle() {
        List<Block> blocks = List.of(Block.para("深海采矿规则制定中的国家立场分化", 1), Block.para("林晓川", 3),
                Block.para("（南海大学法学院，海口 570228）", 5), Block.para("【摘  要】国际海底管理局正在制定规章。", 7));
        assertThat(ArticleStarts.titleAbove(blocks, 3, false)).isZero();
    }

    @Test
    void aReferenceListEntryIsOneNoteCitedByEveryMarkerOfItsNumber() {
        List<Block> blocks = List.of(Block.para("甲说[1]。乙说[2-3]，丙又说[1]。", 1), Block.para("参考文献：", 3),
                Block.note("王海. 题名一[J]. 刊名, 2021(3): 12-20.", 4, "1"), Block.para("［2］ 李青. 题名二[M]. 北京: 出版社, 2019.", 5),
                Block.para("3. 张远. 题名三[J]. 刊名, 2022(1): 45-58.", 6), Block.para("作者简介：某某，某大学教授。", 8));
        NotePairer.Pairing pairing = NotePairer.pair(blocks);
        assertThat(pairing.unpairedMarkers()).isEmpty();
        assertThat(pairing.notes()).extracting(Block::text).containsExactly("王海. 题名一[J]. 刊名, 2021(3): 12-20.",
                "李青. 题名二[M]. 北京: 出版社, 2019.", "张远. 题名三[J]. 刊名, 2022(1): 45-58.");
        assertThat(pairing.blocks().get(0).text()).isEqualTo("甲说" + NotePairer.token(1) + "。乙说" + NotePairer.token(2)
                + NotePairer.token(3) + "，丙又说" + NotePairer.token(1) + "。");
        assertThat(pairing.blocks().get(1).kind()).isEqualTo(Block.Kind.RULE);
        assertThat(pairing.referenceCitations()).isEqualTo(4);
    }

    @Test
    void referenceHeadingsInTheirSpellings() {
        for (String h : List.of("参考文献", "参考文献：", "[参考文献]", "【参考文献】", "〔参考文献〕", "主要参考文献:", "参 考 文 献", "References", "REFERENCES")) {
            assertThat(ReferenceLists.isHeading(h)).as(h).isTrue();
        }
        assertThat(ReferenceLists.isHeading("参考文献的整理方法")).isFalse();
        assertThat(ReferenceLists.expandGroups("见[1, 3-5]与[7，8]")).isEqualTo("见[1][3][4][5]与[7][8]");
    }

    @Test
    void mastheadAndLabelsAreLinesOfTheirOwn() {
        List<Block> split = StandaloneLines.split(List.of(Block.para("东方海洋评论\n2025年第2期（总第38期）", 1),
                Block.para("一段正文的第一行，\n接着是第二行。", 4)));
        assertThat(split).extracting(Block::text).containsExactly("东方海洋评论", "2025年第2期（总第38期）", "一段正文的第一行，\n接着是第二行。");
        assertThat(split).extracting(Block::line).containsExactly(1, 2, 4);
        assertThat(StandaloneLines.standsAlone("Key words: deep seabed mining")).isTrue();
        assertThat(StandaloneLines.standsAlone("【区域合作】")).isTrue();
    }

    @Test
    void englishNamesArePinyinInEitherOrder() {
        assertThat(EnglishNames.same("林晓川", "LIN Xiaochuan")).isTrue();
        assertThat(EnglishNames.same("林晓川", "Xiaochuan Lin")).isTrue();
        assertThat(EnglishNames.same("陈思琪", "CHEN Si-qi")).isTrue();
        assertThat(EnglishNames.same("吕乐", "LYU Yue")).isTrue();
        assertThat(EnglishNames.same("吕乐", "LÜ Le")).isTrue();
        assertThat(EnglishNames.same("林晓川", "LI Xiaochuan")).isFalse();
        assertThat(EnglishNames.sameAuthors(List.of("周明远", "陈思琪"), List.of("ZHOU Mingyuan", "CHEN Siqi"))).isTrue();
    }

    @Test
    void anEntryGoesToTheArticleOfItsNamesWhereOrderCannotTell() {
        EnglishAbstracts.Entry onlySecond = new EnglishAbstracts.Entry("Local Practice", List.of("Han Xue"), "Ports are windows.",
                List.of(), null, 9, 0, null);
        List<EnglishAbstracts.Entry> matched = EnglishNames.rematch(List.of(onlySecond), List.of(List.of("马文涛"), List.of("韩雪")));
        assertThat(matched.get(0).article()).isEqualTo(1);
        EnglishAbstracts.Entry foreign = new EnglishAbstracts.Entry("T", List.of("Joseph Nye"), "A.", List.of(), null, 9, 0, null);
        assertThat(EnglishNames.rematch(List.of(foreign), List.of(List.of("约瑟夫·奈"))).get(0).article()).isZero();
    }
}

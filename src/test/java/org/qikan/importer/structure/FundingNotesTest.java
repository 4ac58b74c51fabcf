package org.qikan.importer.structure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Funding notes and notes of thanks in the wordings Chinese journals print them in, made up from their parts. */
class FundingNotesTest {
    private static final String[] FUNDERS = {"国家社会科学基金重大项目", "教育部人文社会科学研究规划基金", "某省哲学社会科学规划课题",
            "某大学中央高校基本科研业务费专项资金", "国家自然科学基金青年项目", "某研究院创新工程"};
    private static final String[] TITLES = {"“海洋治理与区域合作研究”", "“数字贸易规则比较”", "“边疆安全的历史经验”"};
    private static final String[] NUMBERS = {"（21ZDA001）", "（项目编号：20BGJ045）", "（批准号 19YJC810002）", ""};

    @Property(tries = 200)
    void aNoteNamingAFunderInAnyPrintedWordingIsFunding(@ForAll("fundingNotes") String note) {
        assertThat(FundingNotes.kind(note)).as(note).isEqualTo(FundingNotes.Kind.FUNDING);
    }

    @Property(tries = 200)
    void thanksThatNameNoFunderAreNotFunding(@ForAll("thanksNotes") String note) {
        assertThat(FundingNotes.kind(note)).as(note).isEqualTo(FundingNotes.Kind.THANKS);
    }

    @Property(tries = 200)
    void thanksPrintedAfterTheFundingStandApart(@ForAll("fundingNotes") String funding, @ForAll("thanksNotes") String thanks) {
        net.jqwik.api.Assume.that(funding.endsWith("。") || funding.endsWith("."));
        FundingNotes.WithThanks split = FundingNotes.thanksApart(funding + " " + thanks);
        assertThat(split).as(funding + " " + thanks).isEqualTo(new FundingNotes.WithThanks(funding.strip(), thanks));
        assertThat(FundingNotes.thanksApart(funding)).isEqualTo(new FundingNotes.WithThanks(funding, null));
    }

    @Test
    void anArticleSaidToBeOfANamedProjectIsFundingEvenWithItsLastWordsLost() {
        // two-column text may cut a note before 的阶段性成果: 本文系…项目 still says whose work the article is
        assertThat(FundingNotes.kind("本文系某省哲学社会科学一般项目“港口与腹地的关系研")).isEqualTo(FundingNotes.Kind.FUNDING);
        assertThat(FundingNotes.kind("本文为某基金青年课题“内河航运”，文责自负。")).isEqualTo(FundingNotes.Kind.FUNDING);
        // 本文系统… (systematically) is no funding statement
        assertThat(FundingNotes.kind("本文系统梳理了港口项目的投资方式。")).isEqualTo(FundingNotes.Kind.NEITHER);
    }

    @Test
    void fundingWordedAsTheArticlesResearchIsFunding() {
        assertThat(FundingNotes.kind("本文的研究得到某大学研究品牌计划（项目编号：00001）的资助。")).isEqualTo(FundingNotes.Kind.FUNDING);
    }

    @Provide
    Arbitrary<String> fundingNotes() {
        Arbitrary<String> funder = Arbitraries.of(FUNDERS);
        Arbitrary<String> title = Arbitraries.of(TITLES);
        Arbitrary<String> number = Arbitraries.of(NUMBERS);
        Arbitrary<String> star = Arbitraries.of("", "*", "* ");
        Arbitrary<String> zh = Combinators.combine(Arbitraries.integers().between(0, 6), star, funder, title, number).as((form, s, f, t, n) -> s + switch (form) {
            case 0 -> "基金项目：" + f + t + n + "。";
            case 1 -> "本文系" + f + t + n + "的阶段性成果。";
            case 2 -> "本文为" + f + t + n + "资助的研究成果。";
            case 3 -> "本研究得到" + f + n + "的资助。";
            case 4 -> "感谢" + f + t + n + "的资助。";
            case 5 -> "作者感谢" + f + n + "对本研究的支持，感谢匿名评审专家的意见。";
            default -> "【基金项目】" + f + n;
        });
        Arbitrary<String> en = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of("the National Social Science Fund of China",
                "the Ministry of Education Humanities and Social Sciences Project", "a research grant of the university")).as((form, f) -> switch (form) {
            case 0 -> "This article is funded by " + f + " (No. 21ZDA001).";
            case 1 -> "This research was supported by " + f + ".";
            case 2 -> "Supported by " + f + ".";
            case 3 -> "The author thanks " + f + " for its support.";
            default -> "Funding: " + f + ".";
        });
        return Arbitraries.oneOf(zh, en);
    }

    @Provide
    Arbitrary<String> thanksNotes() {
        Arbitrary<String> who = Arbitraries.of("匿名评审专家", "编辑部", "两位匿名审稿人", "某某教授", "课堂上的同学们");
        Arbitrary<String> what = Arbitraries.of("提出的宝贵意见", "的修改建议", "对初稿的批评", "的帮助");
        Arbitrary<String> zh = Combinators.combine(Arbitraries.of("感谢", "作者感谢", "衷心感谢", "笔者诚挚感谢", "致谢："), who, what,
                Arbitraries.of("", "，文责自负", "，文中错漏由作者负责")).as((t, w, x, tail) -> t + w + x + tail + "。");
        Arbitrary<String> en = Combinators.combine(Arbitraries.of("The author thanks", "The authors would like to thank", "We thank",
                "Acknowledgements: we thank"), Arbitraries.of("the anonymous reviewers", "the editors", "colleagues at the institute"))
                .as((t, w) -> t + " " + w + " for their comments.");
        return Arbitraries.oneOf(zh, en);
    }

    @Test
    void proseAboutThePaperOrAProjectIsNeither() {
        assertThat(FundingNotes.kind("本文系统梳理了区域合作项目的三种模式。")).isEqualTo(FundingNotes.Kind.NEITHER);
        assertThat(FundingNotes.kind("这一项目得到了沿线国家的广泛支持。")).isEqualTo(FundingNotes.Kind.NEITHER);
        assertThat(FundingNotes.kind("This article examines how projects are funded.")).isEqualTo(FundingNotes.Kind.NEITHER);
    }

    @Test
    void aNoteInBothLanguagesSplitsByLanguage() {
        FundingNotes.Split s = FundingNotes.split("本文系某基金项目（00001）的成果。This article is funded by a fund (No. 00001).");
        assertThat(s.zh()).isEqualTo("本文系某基金项目（00001）的成果。");
        assertThat(s.en()).isEqualTo("This article is funded by a fund (No. 00001).");
        assertThat(FundingNotes.split("Supported by a grant.")).isEqualTo(new FundingNotes.Split(null, "Supported by a grant."));
    }
}

package org.qikan.importer.structure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qikan.importer.layout.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bylines whose names carry the numbers of their units, in the mark and list styles journals print. */
class NumberedAffiliationsTest {
    private static final String PEKING = "北岸大学国际关系学院";
    private static final String ACADEMY = "东海社会科学院国际问题研究所";

    @Test
    void everyMarkStyleGivesTheNamesAndTheirNumbers() {
        List<NumberedAffiliations.MarkedName> expected = List.of(new NumberedAffiliations.MarkedName("张三", List.of(1)),
                new NumberedAffiliations.MarkedName("李四", List.of(1, 2)));
        for (String printed : List.of("张三¹ 李四¹˒²", "张三1 李四1,2", "张三1，李四1，2", "张三(1) 李四(1,2)", "张三（1）　李四（1，2）",
                "张三[1] 李四[1,2]", "张三① 李四①②", "张三<sup>1</sup> 李四<sup>1,2</sup>", "张三^1^ 李四^1,2^", "作者：张三1、李四1,2",
                "□ 张三1 李四1,2", "张三¹李四¹˒²")) {
            assertThat(NumberedAffiliations.byline(printed)).as(printed).contains(expected);
        }
    }

    @Test
    void englishBylinesKeepTheNamesAsPrinted() {
        assertThat(NumberedAffiliations.byline("ZHANG San1,2, LI Si2").orElseThrow()).containsExactly(
                new NumberedAffiliations.MarkedName("ZHANG San", List.of(1, 2)), new NumberedAffiliations.MarkedName("LI Si", List.of(2)));
        assertThat(NumberedAffiliations.byline("Song Yi'an¹ and Ouyang Xiu²").orElseThrow()).extracting(NumberedAffiliations.MarkedName::name)
                .containsExactly("Song Yi'an", "Ouyang Xiu");
    }

    @Test
    void aLineWithANameUnmarkedOrProseIsNoNumberedByline() {
        assertThat(NumberedAffiliations.byline("张三 李四")).isEmpty();
        assertThat(NumberedAffiliations.byline("张三1 李四")).isEmpty();
        assertThat(NumberedAffiliations.byline("城市在国际事务中的作用日益突出。①")).isEmpty();
        assertThat(NumberedAffiliations.byline("Zhang San and Li Si")).isEmpty();
    }

    @Test
    void unitsAreReadInEveryListStyleWithoutNumberCityAndPostcode() {
        List<String> two = List.of(PEKING, ACADEMY);
        assertThat(names(List.of("（1. 北岸大学 国际关系学院，北京 100871；2. 东海社会科学院 国际问题研究所，上海 200020）"))).isEqualTo(two);
        assertThat(names(List.of("1. 北岸大学国际关系学院，北京 100871；2. 东海社会科学院国际问题研究所，上海"))).isEqualTo(two);
        assertThat(names(List.of("1．北岸大学国际关系学院，北京 100871", "2．东海社会科学院国际问题研究所，上海 200020"))).isEqualTo(two);
        assertThat(names(List.of("(1) 北岸大学国际关系学院 北京 100871", "(2) 东海社会科学院国际问题研究所 上海 200020"))).isEqualTo(two);
        assertThat(names(List.of("[1] 北岸大学国际关系学院，北京", "[2] 东海社会科学院国际问题研究所，上海"))).isEqualTo(two);
        assertThat(names(List.of("① 北岸大学国际关系学院，北京 100871", "② 东海社会科学院国际问题研究所，上海 200020"))).isEqualTo(two);
        assertThat(names(List.of("¹北岸大学国际关系学院，北京 100871", "²东海社会科学院国际问题研究所，上海 200020"))).isEqualTo(two);
        assertThat(names(List.of("1. School of International Relations, Beian University, Beijing 100871, China",
                "2. Institute of Central Asian Studies, Xi'an 710062, P. R. China", "3. Law School, Nanhu University, Wuhan, China")))
                .containsExactly("School of International Relations, Beian University", "Institute of Central Asian Studies",
                        "Law School, Nanhu University");
    }

    @Test
    void listsThatAreNotUnitsAreNone() {
        assertThat(NumberedAffiliations.units(List.of("1. 问题的提出"))).isEmpty();
        assertThat(NumberedAffiliations.units(List.of("2. 北岸大学国际关系学院，北京 100871"))).isEmpty(); // not numbered from 1
        assertThat(NumberedAffiliations.units(List.of("① 参见王海：《城市与世界》，北岸出版社2029年版，第12页。"))).isEmpty();
        assertThat(NumberedAffiliations.units(List.of("1. 作者简介：张三，北岸大学国际关系学院教授。"))).isEmpty();
    }

    @Test
    void unitsPrintedAsNotesAreTakenFromTheNotes() {
        List<Block> blocks = List.of(Block.para("城市外交网络的扩展与限度", 1), Block.para("韩立新①  郑雨桐②", 3),
                Block.note("西陲大学政治与公共管理学院，乌鲁木齐 830046", 5, "①"), Block.note("边疆发展研究中心，昆明 650034", 6, "②"),
                Block.para("【摘  要】边境口岸治理需要地方政府之间的协同。", 8));
        NumberedAffiliations.Found found = NumberedAffiliations.find(blocks);
        assertThat(found.blocks()).extracting(Block::text).containsExactly("城市外交网络的扩展与限度", "韩立新 郑雨桐", "【摘  要】边境口岸治理需要地方政府之间的协同。");
        assertThat(found.authorsAt(3).orElseThrow()).extracting(ImportedArticle.Author::affiliationZh)
                .containsExactly("西陲大学政治与公共管理学院", "边疆发展研究中心");
    }

    @Test
    void aBylineWithoutItsUnitsStaysAsPrinted() {
        List<Block> blocks = List.of(Block.para("张三① 李四②", 3), Block.para("【摘  要】某某。", 4));
        assertThat(NumberedAffiliations.find(blocks).blocks()).isEqualTo(blocks);
    }

    private static List<String> names(List<String> lines) {
        return NumberedAffiliations.units(lines).orElseThrow().stream().map(NumberedAffiliations.Unit::name).toList();
    }

    // --- every author gets exactly their units, whatever the names, marks and list style ---

    private static final String[] SURNAMES = {"张", "李", "王", "欧阳", "陈", "司马", "林", "周"};
    private static final String[] GIVEN = {"明", "晓川", "思琪", "远舟", "一安", "文清", "立", "雨桐"};
    private static final String[] PINYIN_SURNAMES = {"ZHANG", "Li", "WANG", "OUYANG", "Chen", "SIMA", "LIN", "Zhou"};
    private static final String[] PINYIN_GIVEN = {"Ming", "Xiaochuan", "Siqi", "Yuanzhou", "Yi'an", "Wenqing", "Li", "Yutong"};
    private static final String[] UNITS_ZH = {"北岸大学国际关系学院", "东海社会科学院国际问题研究所", "南湖大学法学院", "国家海洋信息中心"};
    private static final String[] UNITS_EN = {"School of International Relations, Beian University",
            "Institute of International Studies, Donghai Academy of Social Sciences", "Law School, Nanhu University",
            "National Marine Data and Information Service"};
    private static final String[] CITIES_ZH = {"北京 100871", "上海 200020", "武汉 430072", "天津"};
    private static final String[] CITIES_EN = {"Beijing 100871, China", "Shanghai 200020, China", "Wuhan 430072, China", "Tianjin, China"};

    enum Mark { SUPERSCRIPT, DIGITS, PARENTHESES, BRACKETS, CIRCLED, SUP_TAG, CARET }

    enum List_ { ONE_LINE_IN_PARENTHESES, LINES_IN_ONE_BLOCK, LINES_IN_BLOCKS, AS_NOTES }

    /** A made-up byline: each author's name (index into the name pools) and their unit numbers. */
    record Printed(boolean english, List<Integer> names, List<TreeSet<Integer>> units, int unitCount, Mark mark, List_ list) {
    }

    @Property(tries = 300)
    void everyAuthorGetsExactlyTheirUnits(@ForAll("bylines") Printed p) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.para("城市外交网络的扩展与限度", 1));
        blocks.add(Block.para(bylineText(p), 3));
        blocks.addAll(unitBlocks(p));
        blocks.add(Block.para("【摘  要】城市外交网络在过去十年中迅速扩展。", 20));
        NumberedAffiliations.Found found = NumberedAffiliations.find(blocks);

        List<String> names = IntStream.range(0, p.names().size()).mapToObj(k -> name(p, k)).toList();
        List<String> expected = p.units().stream().map(own -> own.stream().map(u -> (p.english() ? UNITS_EN : UNITS_ZH)[u - 1])
                .collect(Collectors.joining(p.english() ? "; " : "；"))).toList();
        assertThat(found.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARA, Block.Kind.BYLINE, Block.Kind.PARA);
        if (p.english()) {
            assertThat(found.englishUnits(names)).as(bylineText(p)).contains(expected);
        } else {
            Optional<List<ImportedArticle.Author>> authors = found.authorsAt(3);
            assertThat(authors).as(bylineText(p)).isPresent();
            assertThat(authors.get()).extracting(ImportedArticle.Author::zh).containsExactlyElementsOf(names);
            assertThat(authors.get()).extracting(ImportedArticle.Author::affiliationZh).containsExactlyElementsOf(expected);
        }
    }

    @Provide
    Arbitrary<Printed> bylines() {
        Arbitrary<Integer> unitCount = Arbitraries.integers().between(1, 4);
        return unitCount.flatMap(count -> {
            Arbitrary<TreeSet<Integer>> own = Arbitraries.integers().between(1, count).set().ofMinSize(1).ofMaxSize(count).map(TreeSet::new);
            Arbitrary<List<Integer>> names = Arbitraries.integers().between(0, SURNAMES.length * GIVEN.length - 1).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
            return Combinators.combine(Arbitraries.of(true, false), names, own.list().ofSize(4), Arbitraries.of(Mark.class), Arbitraries.of(List_.class))
                    .as((english, n, units, mark, list) -> new Printed(english, n, units.subList(0, n.size()), count, mark, list));
        });
    }

    private static String name(Printed p, int k) {
        int n = p.names().get(k);
        return p.english() ? PINYIN_SURNAMES[n / GIVEN.length] + " " + PINYIN_GIVEN[n % GIVEN.length] : SURNAMES[n / GIVEN.length] + GIVEN[n % GIVEN.length];
    }

    private static String bylineText(Printed p) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < p.names().size(); k++) {
            out.add(name(p, k) + mark(p.mark(), p.units().get(k)));
        }
        return String.join(p.english() ? ", " : "  ", out);
    }

    private static String mark(Mark mark, TreeSet<Integer> units) {
        List<String> n = units.stream().map(String::valueOf).toList();
        return switch (mark) {
            case SUPERSCRIPT -> units.stream().map(u -> String.valueOf("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(u))).collect(Collectors.joining("˒"));
            case DIGITS -> String.join(",", n);
            case PARENTHESES -> "(" + String.join(",", n) + ")";
            case BRACKETS -> "[" + String.join(",", n) + "]";
            case CIRCLED -> units.stream().map(u -> String.valueOf("①②③④".charAt(u - 1))).collect(Collectors.joining());
            case SUP_TAG -> "<sup>" + String.join(",", n) + "</sup>";
            case CARET -> "^" + String.join(",", n) + "^";
        };
    }

    private static List<Block> unitBlocks(Printed p) {
        List<String> items = new ArrayList<>();
        for (int u = 1; u <= p.unitCount(); u++) {
            String unit = p.english() ? UNITS_EN[u - 1] + ", " + CITIES_EN[u - 1] : UNITS_ZH[u - 1] + "，" + CITIES_ZH[u - 1];
            items.add(unit);
        }
        List<Block> out = new ArrayList<>();
        switch (p.list()) {
            case ONE_LINE_IN_PARENTHESES -> out.add(Block.para("（" + IntStream.range(0, items.size()).mapToObj(k -> (k + 1) + ". " + items.get(k))
                    .collect(Collectors.joining(p.english() ? "; " : "；")) + "）", 5));
            case LINES_IN_ONE_BLOCK -> out.add(Block.para(IntStream.range(0, items.size()).mapToObj(k -> (k + 1) + ". " + items.get(k))
                    .collect(Collectors.joining("\n")), 5));
            case LINES_IN_BLOCKS -> IntStream.range(0, items.size()).forEach(k -> out.add(Block.para("(" + (k + 1) + ") " + items.get(k), 5 + 2 * k)));
            case AS_NOTES -> IntStream.range(0, items.size()).forEach(k -> out.add(Block.note(items.get(k), 5 + k, "①②③④".substring(k, k + 1))));
        }
        return out;
    }
}

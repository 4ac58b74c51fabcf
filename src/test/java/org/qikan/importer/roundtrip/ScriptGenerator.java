package org.qikan.importer.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes up an issue from a seed: articles with titles, bylines, abstracts, key words and author notes in
 * both languages, and bodies of numbered headings and paragraphs citing notes. The words are the test's
 * own; sentences end with 。 and never look like a label, a heading or a byline.
 */
final class ScriptGenerator {
    private static final String[] WORDS = {"合作", "治理", "秩序", "安全", "发展", "区域", "机制", "规则", "海洋", "能源",
        "贸易", "金融", "伙伴", "互信", "协调", "转型", "格局", "战略", "制度", "网络", "对话", "危机", "稳定", "开放",
        "市场", "技术", "供应链", "气候", "援助", "边界", "航道", "港口", "城市", "农业"};
    private static final String[] VERBS = {"推动了", "影响着", "塑造了", "限制了", "支撑着", "改变了", "延续了", "加深了"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "朱"};
    private static final String[] SURNAMES_EN = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Sun", "Zhu"};
    private static final String[] GIVEN = {"明", "华", "安", "宁", "远", "清", "涛", "岚", "晓", "思", "文", "静"};
    private static final String[] GIVEN_EN = {"ming", "hua", "an", "ning", "yuan", "qing", "tao", "lan", "xiao", "si", "wen", "jing"};
    private static final String[] EN_WORDS = {"cooperation", "governance", "order", "security", "development", "regional",
        "mechanism", "rules", "maritime", "energy", "trade", "finance", "partnership", "trust", "transition", "strategy"};
    private static final String[] SECTIONS = {"国际战略", "区域与国别", "全球治理", "经济安全"};
    private static final String[] SECTIONS_EN = {"International Strategy", "Regions and Countries", "Global Governance", "Economic Security"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五"};

    private final Random random;
    /** Draws for the funding notes, apart from the others (an issue of a seed stays as it was without them). */
    private final Random funding;
    /**
     * Draws for long headings, apart from the others (as {@link #funding}); null where headings stay short, as they
     * were when the layouts kept as examples failed (a long heading prints over two lines and moves page ends).
     */
    private final Random longHeadings;

    ScriptGenerator(long seed) {
        this(seed, true);
    }

    ScriptGenerator(long seed, boolean longHeadings) {
        this.random = new Random(seed);
        this.funding = new Random(seed * 29 + 11);
        this.longHeadings = longHeadings ? new Random(seed * 41 + 13) : null;
    }

    Script.Issue issue() {
        int sectionCount = 1 + random.nextInt(2);
        List<Script.Section> sections = new ArrayList<>();
        int first = random.nextInt(SECTIONS.length - 1);
        for (int s = 0; s < sectionCount; s++) {
            sections.add(new Script.Section(SECTIONS[first + s], SECTIONS_EN[first + s]));
        }
        int count = 2 + random.nextInt(3);
        List<Script.Article> articles = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            Script.Article article = article(Math.min(sectionCount - 1, a * sectionCount / count), a);
            if (titles.contains(article.titleZh())) {
                a--;
                continue;
            }
            titles.add(article.titleZh());
            articles.add(article);
        }
        return new Script.Issue("示例国际研究", "Journal of Sample International Studies", 2030 + random.nextInt(5),
                1 + random.nextInt(6), sections, articles);
    }

    private Script.Article article(int section, int index) {
        int w1 = random.nextInt(WORDS.length);
        int w2 = (w1 + 1 + random.nextInt(WORDS.length - 1)) % WORDS.length;
        String titleZh = WORDS[w1] + "与" + WORDS[w2] + "的" + pick(new String[] {"演进", "逻辑", "路径", "前景", "困境"});
        String titleEn = capitalise(EN_WORDS[w1 % EN_WORDS.length]) + " and " + capitalise(EN_WORDS[w2 % EN_WORDS.length])
                + " in Article " + (index + 1);
        List<Script.Author> authors = new ArrayList<>();
        int authorCount = 1 + random.nextInt(2);
        List<String> used = new ArrayList<>();
        while (authors.size() < authorCount) {
            int s = random.nextInt(SURNAMES.length);
            int g1 = random.nextInt(GIVEN.length);
            int g2 = random.nextInt(GIVEN.length);
            String zh = SURNAMES[s] + GIVEN[g1] + (random.nextBoolean() ? GIVEN[g2] : "");
            if (used.contains(zh)) {
                continue;
            }
            used.add(zh);
            String en = SURNAMES_EN[s] + " " + capitalise(GIVEN_EN[g1] + (zh.length() == 3 ? GIVEN_EN[g2] : ""));
            authors.add(new Script.Author(zh, en, zh + "，示例大学国际关系学院" + pick(new String[] {"教授", "副教授", "研究员", "博士研究生"})));
        }
        List<String> keywords = new ArrayList<>();
        List<String> keywordsEn = new ArrayList<>();
        while (keywords.size() < 3 + random.nextInt(2)) {
            int k = random.nextInt(EN_WORDS.length);
            if (!keywords.contains(WORDS[k])) {
                keywords.add(WORDS[k]);
                keywordsEn.add(EN_WORDS[k]);
            }
        }
        String abstractZh = sentences(2 + random.nextInt(3));
        String abstractEn = englishSentences(2 + random.nextInt(2));
        List<Script.Part> body = new ArrayList<>();
        int headings = 2 + random.nextInt(2);
        for (int h = 0; h < headings; h++) {
            String topic = WORDS[random.nextInt(WORDS.length)];
            if (longHeadings != null && longHeadings.nextInt(3) == 0) { // a long heading, which hard-wrapped print breaks onto two lines
                topic = WORDS[longHeadings.nextInt(WORDS.length)] + "与" + WORDS[longHeadings.nextInt(WORDS.length)] + "视域下" + topic;
            }
            body.add(new Script.Heading(2, NUMERALS[h] + "、" + topic + "的" + pick(new String[] {"问题", "由来", "变化", "结构"})));
            if (random.nextInt(3) == 0) {
                body.add(new Script.Heading(3, "（一）" + WORDS[random.nextInt(WORDS.length)] + "的视角"));
            }
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                body.add(paragraph());
            }
            tableOrFigure(body);
        }
        String editor = random.nextBoolean() ? SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] : null;
        String fundingNote = funding.nextBoolean() ? null : "本文系示例省社会科学基金项目“" + WORDS[w1] + "与" + WORDS[w2]
                + "研究”（项目编号：SK" + (2020 + funding.nextInt(10)) + "-" + (1 + funding.nextInt(99)) + "）的阶段性成果。";
        return new Script.Article(section, titleZh, titleEn, authors, abstractZh, keywords, abstractEn, keywordsEn, body, editor, fundingNote);
    }

    /** Now and then a table or a figure caption after a paragraph, numbered in the article, and a paragraph after it. */
    private void tableOrFigure(List<Script.Part> body) {
        if (random.nextInt(3) != 0) {
            return;
        }
        int number = 1 + (int) body.stream().filter(p -> p instanceof Script.Table || p instanceof Script.Figure).count();
        body.add(PrintedTablesAndFigures.tableOrFigure(random, number));
        body.add(paragraph());
    }

    private Script.Paragraph paragraph() {
        List<Script.Run> runs = new ArrayList<>();
        int count = 2 + random.nextInt(5);
        for (int s = 0; s < count; s++) {
            String sentence = sentence();
            if (random.nextInt(3) == 0) {
                boolean inside = random.nextBoolean();
                String body = inside ? sentence.substring(0, sentence.length() - 1) : sentence;
                runs.add(new Script.Run(body, note()));
                if (inside) {
                    runs.add(new Script.Run("。", null));
                }
            } else {
                runs.add(new Script.Run(sentence, null));
            }
        }
        return new Script.Paragraph(merge(runs));
    }

    /** Adjacent runs without a note in between are one run. */
    private static List<Script.Run> merge(List<Script.Run> runs) {
        List<Script.Run> out = new ArrayList<>();
        for (Script.Run r : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).note() == null) {
                Script.Run last = out.remove(out.size() - 1);
                out.add(new Script.Run(last.text() + r.text(), r.note()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private String note() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + "：《"
                + WORDS[random.nextInt(WORDS.length)] + "论》，示例出版社" + (1990 + random.nextInt(35)) + "年版，第"
                + (1 + random.nextInt(300)) + "页。";
    }

    private String sentences(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(sentence());
        }
        return out.toString();
    }

    private String sentence() {
        StringBuilder out = new StringBuilder("在");
        out.append(WORDS[random.nextInt(WORDS.length)]).append("领域，");
        int clauses = 1 + random.nextInt(3);
        for (int c = 0; c < clauses; c++) {
            out.append(c == 0 ? "" : "，而且").append(WORDS[random.nextInt(WORDS.length)]).append(pick(VERBS))
                    .append(WORDS[random.nextInt(WORDS.length)]).append("的").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.append("。").toString();
    }

    private String englishSentences(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(capitalise(EN_WORDS[random.nextInt(EN_WORDS.length)])).append(" shapes ")
                    .append(EN_WORDS[random.nextInt(EN_WORDS.length)]).append(" and ").append(EN_WORDS[random.nextInt(EN_WORDS.length)])
                    .append(" in the region.");
        }
        return out.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}

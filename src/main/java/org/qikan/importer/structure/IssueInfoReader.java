package org.qikan.importer.structure;

import org.qikan.importer.layout.Block;
import org.qikan.importer.layout.LabelWords;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;
import org.qikan.importer.layout.WrappedLayout;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issue's facts where the journal prints them: the masthead line
 * ({@code 2024年 第4期(总第87期) 第15卷}), running heads ({@code 《…》2024年 第3期}), and failing those
 * the article number label ({@code 1006-1568-(2023)03-0073-22}).
 */
public final class IssueInfoReader {
    private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*(\\d{1,2})\\s*期");
    private static final Pattern CUMULATIVE = Pattern.compile("总\\s*第\\s*(\\d{1,4})\\s*期");
    private static final Pattern VOLUME = Pattern.compile("第\\s*(\\d{1,3})\\s*卷");
    private static final Pattern ARTICLE_NO = Pattern.compile("(\\d{4})[\\s-]?(\\d{3}[\\dXx])\\s*-?\\s*[（(](\\d{4})[)）]\\s*0?(\\d{1,2})");
    private static final Pattern RUNNING_HEAD = Pattern.compile("《([^》]{2,20})》\\s*\\d{4}\\s*年");
    private static final Pattern FREQUENCY = Pattern.compile("[（(]\\s*(双月刊|月刊|季刊|半月刊|半年刊|旬刊)\\s*[)）]|(双月刊|月刊|季刊|半月刊|半年刊|旬刊)");
    private static final Pattern EN_NAME = Pattern.compile("(?i)^(journal of [a-z ,\\-&]+[a-z]|[a-z ]+ (?:studies|review|affairs))(?![a-z])");

    private IssueInfoReader() {
    }

    public static IssueInfo read(List<Block> front, List<WrappedLayout.Furniture> furniture, List<Block> all) {
        IssueInfo.Builder info = new IssueInfo.Builder();
        for (WrappedLayout.Furniture f : furniture) {
            Matcher head = RUNNING_HEAD.matcher(f.text());
            if (info.journalZh == null && head.find()) {
                info.journalZh = head.group(1);
            }
        }
        for (int i = 0; i < front.size(); i++) {
            Block b = front.get(i);
            boolean articleTitle = i + 1 < front.size() && Names.isChineseByline(front.get(i + 1).text());
            String text = PageJoiner.withoutMarks(b.text());
            yearNumber(info, text);
            boolean masthead = b.is(Block.Kind.HEADING) && b.hashes() == 1
                    || i == 0 && b.is(Block.Kind.PARA) && !text.contains("\n") && !text.matches(".*[\\d*].*")
                    && !(i + 1 < front.size() && ArticleStarts.isSubtitle(front.get(i + 1).text()));
            if (info.journalZh == null && masthead && isJournalName(text) && !articleTitle) {
                info.journalZh = Texts.cleanTitle(FREQUENCY.matcher(text).replaceAll(""));
            }
            frequency(info, text);
            englishName(info, text);
        }
        for (WrappedLayout.Furniture f : furniture) {
            yearNumber(info, f.text());
        }
        JournalNames.complete(info, front, furniture, all);
        for (Block b : all) {
            for (LabelWords.Labelled l : LabelWords.parse(b.text())) {
                if (l.kind() == LabelWords.Kind.ARTICLE_NO) {
                    articleNumber(info, l.value());
                }
            }
        }
        return info.build();
    }

    private static boolean isJournalName(String text) {
        int han = Texts.hanCount(text);
        return han >= 2 && han <= 16 && !text.contains("目录") && !text.contains("：");
    }

    private static void yearNumber(IssueInfo.Builder info, String text) {
        Matcher m = YEAR_NUMBER.matcher(text);
        if (info.year == null && m.find()) {
            info.year = Integer.parseInt(m.group(1));
            info.number = Integer.parseInt(m.group(2));
        }
        Matcher c = CUMULATIVE.matcher(text);
        if (info.cumulative == null && c.find()) {
            info.cumulative = Integer.parseInt(c.group(1));
        }
        Matcher v = VOLUME.matcher(text);
        if (info.volume == null && v.find() && m.find(0)) {
            info.volume = Integer.parseInt(v.group(1));
        }
    }

    private static void frequency(IssueInfo.Builder info, String text) {
        Matcher f = FREQUENCY.matcher(text);
        if (info.frequencyZh == null && f.find() && Texts.hanCount(text) <= 40) {
            info.frequencyZh = f.group(1) != null ? f.group(1) : f.group(2);
        }
    }

    private static void englishName(IssueInfo.Builder info, String text) {
        Matcher m = EN_NAME.matcher(text.strip());
        if (info.journalEn == null && m.find()) {
            info.journalEn = titleCase(m.group(1).strip());
        }
    }

    private static void articleNumber(IssueInfo.Builder info, String value) {
        Matcher m = ARTICLE_NO.matcher(value);
        if (!m.find()) {
            return;
        }
        if (info.issn == null) {
            info.issn = m.group(1) + "-" + m.group(2).toUpperCase(java.util.Locale.ROOT);
        }
        if (info.year == null) {
            info.year = Integer.parseInt(m.group(3));
            info.number = Integer.parseInt(m.group(4));
        }
    }

    /** JOURNAL OF STRATEGY AND DECISION-MAKING → Journal of Strategy and Decision-Making. */
    public static String titleCase(String text) {
        if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString().replace(" Of ", " of ").replace(" And ", " and ").replace(" The ", " the ");
    }
}

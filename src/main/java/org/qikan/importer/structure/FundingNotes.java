package org.qikan.importer.structure;

import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a first-page note says, by the wording Chinese journals print it in: a funding note (基金项目：…;
 * 本文系…项目…的阶段性成果; 本文为…资助; 本研究得到…基金支持; 感谢…基金资助; "This article is funded by …",
 * "supported by …"), a note of thanks that names no funding (感谢匿名评审专家…; 作者感谢…的意见; "The author thanks
 * …"), or neither. A note that thanks and names a grant is a funding note.
 */
public final class FundingNotes {
    /** What a note is. */
    public enum Kind { FUNDING, THANKS, NEITHER }

    /** A body of funding: a fund, a grant, a project, a programme (the words a funding note names its source with). */
    private static final String FUNDER = "(?:基金|项目|课题|计划|专项|资助|经费|工程|规划|(?i:fund|grant|project|programme|program|foundation|council|sponsor))";
    private static final String LABEL_WORDS = "(?:基\\s*金\\s*项\\s*目|资助项目|项目基金|基金资助|项目来源|(?i:funding|fund(?:ed)? projects?|foundation items?))";
    private static final Pattern LABEL = Pattern.compile("^(?:\\*\\s*)?(?:[【\\[〔]\\s*" + LABEL_WORDS + "\\s*[】\\]〕]|" + LABEL_WORDS + "\\s*[：:])");
    /** 本文系 / 本文为 / 本研究 … then a funder, then what the article is of it (成果, 资助, 支持). */
    private static final Pattern ZH_SUBJECT = Pattern.compile("^(?:\\*\\s*)?(?:本文(?:的)?研究|本项研究|本文|本研究|本论文|本成果|该文|此文|文章)(?:系|为|是|受|得到|获得|受到|属|乃)");
    private static final Pattern ZH_OUTCOME = Pattern.compile("(?:成果|资助|支持|赞助|资金|部分|阶段性|研究)");
    /** 本文系…项目 / 本文为…课题: the article said to be of a named project, even where the words after it are lost. */
    private static final Pattern ZH_OF_PROJECT = Pattern.compile("^(?:\\*\\s*)?本文(?:系|为|属)(?!统)[^。]*?(?:项目|课题|基金)");
    /** Thanks that name a funder: 感谢…基金…资助 / 支持. */
    private static final Pattern THANKS_ZH = Pattern.compile("^(?:\\*\\s*)?(?:作者|笔者|本文作者)?(?:衷心|诚挚|特别|谨)?(?:地)?(?:感谢|致谢|谢谢)|^(?:\\*\\s*)?[【\\[〔]?\\s*(?:致\\s*谢|谢\\s*辞)\\s*[】\\]〕]?\\s*[：:]");
    private static final Pattern FUNDED_EN = Pattern.compile("(?i)^(?:\\*\\s*)?(?:this|the)\\s+(?:article|paper|research|work|study|project)\\s+(?:is|was|has been)\\s+(?:(?:partly|partially|jointly|financially)\\s+)?(?:funded|supported|sponsored|financed|a\\s+(?:result|product|outcome)\\s+of)\\b|^(?:\\*\\s*)?(?:funded|supported|sponsored|financed)\\s+by\\b");
    private static final Pattern THANKS_EN = Pattern.compile("(?i)^(?:\\*\\s*)?(?:the\\s+authors?\\s+(?:would\\s+like\\s+to\\s+|wish\\s+to\\s+)?(?:thanks?|acknowledges?|(?:is|are)\\s+grateful)|we\\s+(?:would\\s+like\\s+to\\s+)?(?:thank|acknowledge)|acknowledg(?:e)?ments?\\s*[：:]|thanks\\s+(?:go|are\\s+due)\\s+to)");

    private FundingNotes() {
    }

    /** What {@code text} (a first-page note or a one-sentence paragraph on the title's page) is. */
    public static Kind kind(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Kind.NEITHER;
        }
        boolean funder = Pattern.compile(FUNDER).matcher(t).find();
        if (LABEL.matcher(t).find() || FUNDED_EN.matcher(t).find()
                || ZH_SUBJECT.matcher(t).find() && funder && ZH_OUTCOME.matcher(t).find() || ZH_OF_PROJECT.matcher(t).find()) {
            return Kind.FUNDING;
        }
        if (THANKS_ZH.matcher(t).find() || THANKS_EN.matcher(t).find()) {
            return funder ? Kind.FUNDING : Kind.THANKS;
        }
        return Kind.NEITHER;
    }

    /** A funding note with its sentences of thanks that name no funder set apart: each null when none. */
    public record WithThanks(String funding, String thanks) {
    }

    /**
     * Sets apart the sentences of a funding note that thank without naming a funder (本文系…成果。感谢…的贡献。): they are
     * thanks, which stand at the article's end, not funding. A sentence that thanks a funder stays funding.
     */
    public static WithThanks thanksApart(String note) {
        if (note == null || note.isBlank()) {
            return new WithThanks(note, null);
        }
        StringBuilder funding = new StringBuilder();
        StringBuilder thanks = new StringBuilder();
        for (String sentence : note.strip().split("(?<=[。！？])|(?<=[.!?])\\s+(?=[A-Z*\\p{IsHan}])")) {
            if (sentence.isBlank()) {
                continue;
            }
            boolean thanking = kind(sentence) == Kind.THANKS;
            StringBuilder to = thanking ? thanks : funding;
            to.append(to.length() > 0 && Texts.hanCount(sentence) == 0 ? " " : "").append(sentence.strip());
        }
        return funding.length() == 0 ? new WithThanks(note, null)
                : new WithThanks(funding.toString(), thanks.length() == 0 ? null : thanks.toString());
    }

    /** A funding note split by language: the sentences with Chinese in them, and the others (English), each null when none. */
    public record Split(String zh, String en) {
    }

    /** Splits a funding note printed in Chinese and English into its two languages. */
    public static Split split(String text) {
        if (text == null || text.isBlank()) {
            return new Split(null, null);
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String sentence : text.strip().split("(?<=[。！？])|(?<=[.!?])\\s+(?=[A-Z*\\p{IsHan}])")) {
            if (sentence.isBlank()) {
                continue;
            }
            (Texts.hanCount(sentence) > 0 ? zh : en).add(sentence.strip());
        }
        return new Split(zh.isEmpty() ? null : String.join("", zh), en.isEmpty() ? null : String.join(" ", en));
    }
}

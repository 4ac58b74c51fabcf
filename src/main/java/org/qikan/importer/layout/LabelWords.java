package org.qikan.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled blocks of an article's front in every spelling the layouts use: {@code 〔提 要〕},
 * {@code 【内容摘要】}, {@code ［摘要］}, {@code 〖摘要〗}, {@code **摘 要：**}, {@code **摘要** …} (bold, no colon),
 * {@code 摘要：}, {@code 摘要　…} (set off by an ideographic space), and their English counterparts in the
 * abstracts section.
 */
public final class LabelWords {
    public enum Kind {
        ABSTRACT("摘要|提要|内容摘要|内容提要"),
        KEYWORDS("关键词|关键字|关 键 词"),
        BIO("作者简介|作者信息"),
        CLC("中图分类号"),
        DOC_CODE("文献标识码"),
        ARTICLE_NO("文章编号"),
        DOI("DOI编号|DOI"),
        EDITOR_NOTE("编者按"),
        FUNDING("基金项目"),
        /** The date received (and revised) as printed: 收稿日期：2024-11-05. */
        RECEIVED("收稿日期|收稿时间"),
        EN_ABSTRACT("Abstract|Summary"),
        EN_KEYWORDS("Key words|Keywords|Key Words"),
        EN_AUTHORS("Authors|Author"),
        EN_EDITOR_NOTE("Editor's note|Editor’s note|Editor's Note");

        final String names;

        Kind(String names) {
            this.names = names;
        }

        public boolean isEnglish() {
            return name().startsWith("EN_");
        }
    }

    public record Labelled(Kind kind, String value) {
    }

    private static final Pattern ANY;
    private static final Kind[] KINDS = Kind.values();

    static {
        StringBuilder alternatives = new StringBuilder();
        for (Kind kind : KINDS) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append("(?<").append(kind.name().replace("_", "")).append('>')
                    .append(spaced(kind.names)).append(')');
        }
        String unnamed = alternatives.toString().replaceAll("\\?<[A-Z]+>", "?:");
        List<String> chinese = new ArrayList<>();
        for (Kind kind : KINDS) {
            for (String name : kind.names.split("\\|")) {
                if (name.codePoints().anyMatch(Texts::isHan)) {
                    chinese.add(spaced(name));
                }
            }
        }
        // bracketed, colon optional; or a colon after it; or bold with no colon (**摘要** …, as a Word file's bold label
        // comes out of pandoc); or a Chinese label set off by an ideographic space or two spaces (摘要　本文…)
        ANY = Pattern.compile("(?:\\*\\*)?\\s*(?:[〔【\\[［〖]\\s*(?:" + alternatives + ")\\s*[〕】\\]］〗]\\s*[：:]?"
                + "|(?:" + unnamed + ")\\s*[：:]"
                + "|(?<=\\*\\*)(?:" + unnamed + ")(?=\\*\\*)"
                + "|(?:" + String.join("|", chinese) + ")(?=\u3000|\\s{2}))\\s*(?:\\*\\*)?\\s*");
    }

    private LabelWords() {
    }

    /** Each Chinese label may be printed with spaces between its characters: 摘 要, 提 要; English ones in any case. */
    private static String spaced(String names) {
        List<String> out = new ArrayList<>();
        for (String name : names.split("\\|")) {
            if (name.codePoints().anyMatch(Texts::isHan)) {
                StringBuilder p = new StringBuilder();
                name.replace(" ", "").codePoints().forEach(cp -> {
                    if (p.length() > 0) {
                        p.append("[\\s\u3000]*"); // 摘　要: an ideographic space counts too
                    }
                    p.appendCodePoint(cp);
                });
                out.add(p.toString());
            } else {
                out.add("(?i:" + Pattern.quote(name).replace(" ", "\\E\\s*\\Q") + ")"); // ABSTRACT, KEY WORDS as some print them
            }
        }
        return String.join("|", out);
    }

    /** The labelled parts when {@code text} starts with a label; empty otherwise. */
    public static List<Labelled> parse(String text) {
        List<Labelled> out = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        if (!m.lookingAt()) {
            return out;
        }
        List<int[]> starts = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (starts.isEmpty() && m.start() != 0) {
                break;
            }
            Kind kind = kindOf(m, text);
            if (kind == null) {
                break;
            }
            boolean bracketed = text.substring(m.start(), m.end()).matches("(?s).*[〔【\\[［〖].*");
            if (!starts.isEmpty() && !bracketed) {
                from = m.end();
                continue;
            }
            starts.add(new int[] {m.start(), m.end()});
            kinds.add(kind);
            from = m.end();
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            out.add(new Labelled(kinds.get(i), text.substring(starts.get(i)[1], end).replace("**", "").strip()));
        }
        return out;
    }

    public static boolean startsWithLabel(String text) {
        return ANY.matcher(text).lookingAt();
    }

    private static Kind kindOf(Matcher m, String text) {
        for (Kind kind : KINDS) {
            if (m.group(kind.name().replace("_", "")) != null) {
                return kind;
            }
        }
        String matched = text.substring(m.start(), m.end());
        for (Kind kind : KINDS) {
            if (Pattern.compile("(?:" + spaced(kind.names) + ")").matcher(matched).find()) {
                return kind;
            }
        }
        return null;
    }
}

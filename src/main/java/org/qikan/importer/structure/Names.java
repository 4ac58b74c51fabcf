package org.qikan.importer.structure;

import org.qikan.importer.layout.NoteLabels;
import org.qikan.importer.layout.PageJoiner;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Author names in bylines: Chinese names padded with spaces ({@code 李 巍}), English names joined by ; & and. */
public final class Names {
    private static final Pattern CN_BYLINE = Pattern.compile("^[□\\s\u3000]*(?:作\\s*者\\s*[：:]\\s*)?[\\p{IsHan}·]{1,4}(?:[\\s\u3000]+[\\p{IsHan}·]{1,4}){0,9}[\\s\u3000]*$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("^[□\\s\u3000]*作\\s*者\\s*[：:]");
    private static final Pattern EN_BYLINE = Pattern.compile(
            "^[A-Z][A-Za-z'’\\-]+(?:\\s+[A-Za-z'’\\-]+){0,3}(?:\\s*(?:[;；,&]|\\band\\b)\\s*[A-Z][A-Za-z'’\\-]+(?:\\s+[A-Za-z'’\\-]+){0,3})*\\s*;?$");

    /** Small words of a title that no name has (a syllable after an apostrophe, as in Yi'an, is no word). */
    private static final Pattern TITLE_WORD = Pattern.compile("(?<!['’])\\b(?:of|the|in|for|on|to|with|from|at|an?|its|as)\\b(?!['’])");

    private Names() {
    }

    public static boolean isChineseByline(String text) {
        String t = plain(text);
        return CN_BYLINE.matcher(t).matches() && Texts.hanCount(t) >= 2 && Texts.hanCount(t) <= 40;
    }

    public static boolean isEnglishByline(String text) {
        String t = plain(text);
        return t.length() <= 120 && EN_BYLINE.matcher(t).matches() && !TITLE_WORD.matcher(t).find();
    }

    /** Chinese names of a byline; single characters left by padding are joined in pairs (成 昊 → 成昊). */
    public static List<String> chinese(String text) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String token : AUTHOR_LABEL.matcher(plain(text)).replaceFirst("").replace("□", " ").replace('\u3000', ' ').strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.codePointCount(0, token.length()) == 1) {
                if (pending == null) {
                    pending = token;
                } else {
                    out.add(pending + token);
                    pending = null;
                }
                continue;
            }
            if (pending != null) {
                out.add(pending);
                pending = null;
            }
            out.add(token);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /** English names of a byline: {@code Xu Xiujun; Ruan Jianping}, {@code XIANG Haoyu & BAO Zhipeng}. */
    public static List<String> english(String text) {
        List<String> out = new ArrayList<>();
        for (String name : plain(text).split("\\s*(?:[;；,&]|\\band\\b)\\s*")) {
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return out;
    }

    private static String plain(String text) {
        // a note marker after a name (王明①, 王明*: the author's note) is no part of it
        return NoteLabels.withoutAnyMarker(PageJoiner.withoutMarks(text)).strip();
    }
}

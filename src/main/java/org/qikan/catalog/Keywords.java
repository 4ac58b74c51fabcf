package org.qikan.catalog;

import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.Edition;
import org.qikan.content.Issue;
import org.qikan.content.Journal;
import org.qikan.index.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keywords of the archive. Chinese keywords are one where they fold to the same text
 * (traditional and simplified, full-width and half-width); an English keyword is paired with the
 * Chinese one in the same place of an article that gives both lists of the same length, and is a
 * keyword of its own otherwise.
 */
public final class Keywords {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final List<KeywordEntry> entries;
    private final Map<String, KeywordEntry> byChinese;
    private final Map<String, KeywordEntry> byEnglish;

    private Keywords(List<KeywordEntry> entries, Map<String, KeywordEntry> byChinese, Map<String, KeywordEntry> byEnglish) {
        this.entries = List.copyOf(entries);
        this.byChinese = byChinese;
        this.byEnglish = byEnglish;
    }

    /** Every keyword, sorted by the pinyin of its Chinese form (English-only ones alphabetically). */
    public List<KeywordEntry> entries() {
        return entries;
    }

    /** The keyword of a Chinese keyword as an article prints it, or {@code null}. */
    public KeywordEntry ofChinese(String printed) {
        return byChinese.get(fold(printed));
    }

    /** The keyword of an English keyword as an article prints it, or {@code null}. */
    public KeywordEntry ofEnglish(String printed) {
        return byEnglish.get(fold(printed));
    }

    public static Keywords of(Edition edition) {
        Map<String, Collected> collected = new LinkedHashMap<>();
        Map<String, String> englishToKey = new LinkedHashMap<>();
        for (Journal journal : edition.journals()) {
            for (Issue issue : journal.issues()) {
                for (Article article : issue.articles()) {
                    collect(new Work(journal, issue, article, null), collected, englishToKey);
                }
            }
        }
        return build(collected, englishToKey);
    }

    private static void collect(Work work, Map<String, Collected> collected, Map<String, String> englishToKey) {
        List<String> zh = work.article().keywords().zh();
        List<String> en = work.article().keywords().en();
        boolean paired = zh.size() == en.size();
        for (int i = 0; i < zh.size(); i++) {
            String key = fold(zh.get(i));
            Collected c = collected.computeIfAbsent(key, k -> new Collected());
            c.add(work, zh.get(i), paired ? en.get(i) : null);
            if (paired) {
                englishToKey.putIfAbsent(fold(en.get(i)), key);
            }
        }
        for (int i = 0; i < en.size(); i++) {
            String english = fold(en.get(i));
            String key = paired ? fold(zh.get(i)) : englishToKey.getOrDefault(english, "en:" + english);
            Collected c = collected.computeIfAbsent(key, k -> new Collected());
            if (!paired) {
                c.add(work, null, en.get(i));
            }
        }
    }

    private static Keywords build(Map<String, Collected> collected, Map<String, String> englishToKey) {
        // each keyword's printed form and pinyin worked out once, then sorted by it
        record Keyed(String key, Collected collected, Bilingual term, List<String> syllables, String sortKey) {
        }
        List<Keyed> sorted = new ArrayList<>();
        collected.forEach((key, c) -> {
            Bilingual term = c.display();
            List<String> syllables = Pinyin.syllables(term.zhOrEn());
            sorted.add(new Keyed(key, c, term, syllables, Pinyin.sortKey(syllables, term.zhOrEn())));
        });
        sorted.sort(Comparator.comparing(Keyed::sortKey));
        Set<String> slugs = new HashSet<>();
        List<KeywordEntry> entries = new ArrayList<>();
        Map<String, KeywordEntry> byKey = new HashMap<>();
        for (Keyed e : sorted) {
            KeywordEntry entry = new KeywordEntry(People.unique(Pinyin.slug(e.syllables()), slugs), e.term(),
                    e.sortKey(), Pinyin.initial(e.syllables()),
                    e.collected().works.stream().distinct().sorted(Work.NEWEST_FIRST).toList());
            entries.add(entry);
            byKey.put(e.key(), entry);
        }
        Map<String, KeywordEntry> byChinese = new HashMap<>();
        Map<String, KeywordEntry> byEnglish = new HashMap<>();
        byKey.forEach((key, entry) -> {
            if (!key.startsWith("en:")) {
                byChinese.put(key, entry);
            }
        });
        collected.forEach((key, c) -> c.english.keySet().forEach(en -> byEnglish.putIfAbsent(fold(en), byKey.get(key))));
        englishToKey.forEach((en, key) -> byEnglish.put(en, byKey.get(key)));
        return new Keywords(entries, byChinese, byEnglish);
    }

    static String fold(String keyword) {
        return SPACES.matcher(TextNormalizer.normalize(keyword.strip())).replaceAll(" ");
    }

    /** The printed forms of one keyword and its articles, while the archive is read. */
    private static final class Collected {
        private final Map<String, Integer> chinese = new LinkedHashMap<>();
        private final Map<String, Integer> english = new LinkedHashMap<>();
        private final List<Work> works = new ArrayList<>();

        void add(Work work, String zh, String en) {
            works.add(work);
            if (zh != null) {
                chinese.merge(zh.strip(), 1, Integer::sum);
            }
            if (en != null) {
                english.merge(en.strip(), 1, Integer::sum);
            }
        }

        Bilingual display() {
            return new Bilingual(mostPrinted(chinese), mostPrinted(english));
        }

        /** The form printed most often; of equals, the one that is already its folded form (simplified), then the first. */
        private static String mostPrinted(Map<String, Integer> forms) {
            return forms.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> fold(e.getKey()).equals(e.getKey().toLowerCase(java.util.Locale.ROOT))))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}

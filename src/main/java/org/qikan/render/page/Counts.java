package org.qikan.render.page;

import org.qikan.content.Bilingual;

import java.util.Map;

/**
 * A number of things in both languages, with the English noun in the singular or the plural:
 * "1 篇文章" / "1 article", "6 篇文章" / "6 articles". The words come from {@code labels.yaml}
 * ({@code article}/{@code articles}; Chinese has one form).
 */
final class Counts {
    private Counts() {
    }

    @SuppressWarnings("unchecked")
    static Bilingual articles(int n, Map<String, Object> labels) {
        Map<String, Object> zh = (Map<String, Object>) labels.getOrDefault("zh", Map.of());
        Map<String, Object> en = (Map<String, Object>) labels.getOrDefault("en", Map.of());
        String plural = String.valueOf(en.getOrDefault("articles", "articles"));
        String noun = n == 1 ? String.valueOf(en.getOrDefault("article", plural)) : plural;
        return new Bilingual(n + " " + zh.getOrDefault("articles", ""), n + " " + noun);
    }
}

package org.qikan.meta;

import java.util.List;

/**
 * The {@code <link rel="alternate" hreflang>} set of a page that has a Chinese and an English view. With a
 * {@code base_url} the links are absolute (search engines want them so) and an {@code x-default} points at
 * the Chinese (bilingual) page; without one they are relative to the page, so that the site still works
 * from {@code file://}.
 */
public final class LanguageAlternates {
    private LanguageAlternates() {
    }

    /** One alternate link. */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * @param root   the way from the page back to the site root ({@code ../…})
     * @param zhPath the Chinese view, site-relative; {@code enPath} the English one
     */
    public static List<Alternate> of(String baseUrl, String root, String zhPath, String enPath) {
        if (baseUrl == null) {
            return List.of(new Alternate("zh-Hans", root + zhPath), new Alternate("en", root + enPath));
        }
        return List.of(new Alternate("zh-Hans", baseUrl + zhPath), new Alternate("en", baseUrl + enPath),
                new Alternate("x-default", baseUrl + zhPath));
    }
}

package org.qikan.meta;

/**
 * One {@code <meta>} element of a page's head.
 *
 * @param attribute {@code name} (Highwire, Dublin Core) or {@code property} (OpenGraph)
 * @param key       such as {@code citation_title}, {@code DC.date} or {@code og:title}
 * @param lang      the {@code lang} of the content where it differs from the page's, else {@code null}
 */
public record MetaTag(String attribute, String key, String content, String lang) {

    static MetaTag name(String key, String content) {
        return new MetaTag("name", key, content, null);
    }

    static MetaTag property(String key, String content) {
        return new MetaTag("property", key, content, null);
    }
}

package org.qikan.content;

/**
 * The licence the edition's articles are published under ({@code license:} in {@code site.yaml} or
 * {@code journal.yaml}, the journal's winning): shown in the footer with {@code rel="license"} and
 * carried into Dublin Core, JSON-LD and JATS.
 *
 * @param name such as "CC BY-NC 4.0"
 * @param url  the licence text, an absolute http(s) URL
 */
public record License(String name, String url) {
}

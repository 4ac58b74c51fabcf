package org.qikan.content;

/**
 * An author: name in both scripts, affiliation and a short biography (each side optional but the Chinese name).
 *
 * @param id   the front matter's {@code id}, which joins or separates people of the same name across
 *             articles (see docs/content-format.md), or {@code null}
 * @param line the line of the source file where the author is given, for messages; 0 where unknown
 */
public record Person(Bilingual name, Bilingual affiliation, Bilingual bio, String id, int line) {

    public Person(Bilingual name, Bilingual affiliation, Bilingual bio) {
        this(name, affiliation, bio, null, 0);
    }
}

package org.qikan.content;

/** An author: name in both scripts, affiliation and a short biography (each side optional but the Chinese name). */
public record Person(Bilingual name, Bilingual affiliation, Bilingual bio) {
}

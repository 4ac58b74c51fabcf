package org.qikan.meta;

import org.qikan.content.Bilingual;

/** An author of an article as metadata names them: the name and the affiliation, each in both languages where known. */
public record Contributor(Bilingual name, Bilingual affiliation) {
}

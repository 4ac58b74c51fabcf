package org.qikan.meta;

import org.qikan.content.Bilingual;

import java.util.ArrayList;
import java.util.List;

/** An author of an article as metadata names them: the name and the affiliation, each in both languages where known. */
public record Contributor(Bilingual name, Bilingual affiliation) {

    /**
     * The author's units, one each, in the order given: an affiliation of several units is stored joined
     * ({@code 甲大学；乙研究院} over {@code School A; Institute B}). The English units go with the Chinese by their
     * place when both languages give as many; when they give different counts the units cannot be paired, and the
     * affiliation is one unit as stored (none of its text dropped). None when no affiliation is known.
     */
    public List<Bilingual> units() {
        List<String> zh = Affiliations.units(affiliation.zh());
        List<String> en = Affiliations.units(affiliation.en());
        if (!zh.isEmpty() && !en.isEmpty() && zh.size() != en.size()) {
            return List.of(affiliation);
        }
        List<Bilingual> units = new ArrayList<>();
        for (int k = 0; k < Math.max(zh.size(), en.size()); k++) {
            units.add(new Bilingual(zh.isEmpty() ? null : zh.get(k), en.isEmpty() ? null : en.get(k)));
        }
        return List.copyOf(units);
    }
}

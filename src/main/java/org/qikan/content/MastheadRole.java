package org.qikan.content;

import java.util.List;

/** One line of a journal's masthead: a role (主编, 编委…) and the people who hold it. */
public record MastheadRole(Bilingual role, List<Bilingual> people) {
    public MastheadRole {
        people = List.copyOf(people);
    }
}

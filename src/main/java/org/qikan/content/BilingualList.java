package org.qikan.content;

import java.util.List;

/** A list printed in both languages, such as keywords: the two lists need not have the same length. */
public record BilingualList(List<String> zh, List<String> en) {
    public static final BilingualList EMPTY = new BilingualList(List.of(), List.of());

    public BilingualList {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }
}

package org.qikan.site;

import java.lang.reflect.RecordComponent;
import java.util.Set;

/**
 * A record's text form (every component, as its {@code toString} gives them) but for the components named: how
 * the keys hash a journal without its issues or an issue without its articles, so that a field added to the
 * record later is part of the key without anyone remembering to add it.
 */
final class RecordText {
    private RecordText() {
    }

    static String without(Record value, String... left) {
        Set<String> skip = Set.of(left);
        StringBuilder out = new StringBuilder(value.getClass().getSimpleName()).append('[');
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (skip.contains(component.getName())) {
                continue;
            }
            try {
                out.append(component.getName()).append('=').append(component.getAccessor().invoke(value)).append(", ");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + value.getClass().getSimpleName(), e);
            }
        }
        return out.append(']').toString();
    }
}

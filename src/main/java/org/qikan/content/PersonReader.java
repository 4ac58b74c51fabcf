package org.qikan.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@code authors:} list of an article or piece. */
final class PersonReader {
    private static final Set<String> PERSON_KEYS = Set.of("name", "affiliation", "bio", "id");
    private final FieldReader fields;

    PersonReader(FieldReader fields) {
        this.fields = fields;
    }

    List<Person> authors(YamlNode parent) {
        List<Person> out = new ArrayList<>();
        for (YamlNode node : fields.list(parent, "authors")) {
            if (!fields.isMap(node, "'" + node.path() + "'")) {
                continue;
            }
            fields.onlyKeys(node, PERSON_KEYS);
            Bilingual name = fields.requiredBilingual(node, "name", "name");
            String id = fields.text(node, "id");
            if (id != null && !Slugs.isValid(id)) {
                fields.problems().error(node.file(), node.get("id").line(), "author id '" + id + "' is not a valid page name",
                        Slugs.RULE + "; the id names the author's page, such as 'wang-lei-2'");
                id = null;
            }
            out.add(new Person(name, fields.bilingual(node, "affiliation"), fields.bilingual(node, "bio"), id, node.line()));
        }
        return out;
    }
}

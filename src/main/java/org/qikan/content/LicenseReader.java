package org.qikan.content;

import java.util.Set;

/** Reads {@code license: {name: …, url: …}} of {@code site.yaml} or {@code journal.yaml}. */
final class LicenseReader {
    private static final Set<String> KEYS = Set.of("name", "url");
    private final FieldReader fields;

    LicenseReader(FieldReader fields) {
        this.fields = fields;
    }

    /** The licence, or {@code null} where there is none or it is wrong (the problem is reported). */
    License read(YamlNode parent) {
        YamlNode node = parent.get("license");
        if (node.isAbsent() || !fields.isMap(node, "'license'")) {
            return null;
        }
        fields.onlyKeys(node, KEYS);
        String name = fields.requiredText(node, "name", "give the licence's name, such as name: CC BY 4.0");
        String url = fields.requiredText(node, "url",
                "give the address of the licence text, such as url: https://creativecommons.org/licenses/by/4.0/");
        if (url != null && !url.matches("https?://\\S+")) {
            YamlNode at = node.get("url");
            fields.problems().error(at.file(), at.line(), at.column(), "licence url '" + url + "' is not an http(s) address",
                    "write the full address of the licence text, such as https://creativecommons.org/licenses/by/4.0/");
            return null;
        }
        return name == null || url == null ? null : new License(name, url);
    }
}

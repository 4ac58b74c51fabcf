package org.qikan.importer;

import java.util.List;

/** Writes the few YAML shapes the content format needs, every string double-quoted so that nothing is misread. */
final class Yaml {
    private final StringBuilder out = new StringBuilder();

    static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(' ');
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    Yaml scalar(String indent, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(indent).append(key).append(": ").append(quote(value.strip())).append('\n');
        }
        return this;
    }

    Yaml number(String indent, String key, Integer value) {
        if (value != null) {
            out.append(indent).append(key).append(": ").append(value).append('\n');
        }
        return this;
    }

    /** {@code key: {zh: …, en: …}} when either side is given. */
    Yaml bilingual(String indent, String key, String zh, String en) {
        if (blank(zh) && blank(en)) {
            return this;
        }
        out.append(indent).append(key).append(":\n");
        scalar(indent + "  ", "zh", zh);
        scalar(indent + "  ", "en", en);
        return this;
    }

    Yaml bilingualLists(String indent, String key, List<String> zh, List<String> en) {
        if (zh.isEmpty() && en.isEmpty()) {
            return this;
        }
        out.append(indent).append(key).append(":\n");
        list(indent + "  ", "zh", zh);
        list(indent + "  ", "en", en);
        return this;
    }

    private void list(String indent, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(indent).append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        out.append("]\n");
    }

    Yaml raw(String text) {
        out.append(text);
        return this;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

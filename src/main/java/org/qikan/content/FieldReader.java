package org.qikan.content;

import org.qikan.diag.Diagnostics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads typed fields out of YAML, reporting each wrong or missing one with its file and line and
 * going on, so that one build lists every problem of a file.
 */
final class FieldReader {
    private static final Set<String> LANGUAGES = Set.of("zh", "en");
    private final Diagnostics problems;

    FieldReader(Diagnostics problems) {
        this.problems = problems;
    }

    Diagnostics problems() {
        return problems;
    }

    /** A text field, or {@code null} where absent. Numbers are read as their text. */
    String text(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (node.isAbsent()) {
            return null;
        }
        if (!node.isScalar()) {
            wrongType(node, "a single text value");
            return null;
        }
        String text = node.scalarText().strip();
        return text.isEmpty() ? null : text;
    }

    String requiredText(YamlNode parent, String key, String hint) {
        String text = text(parent, key);
        if (text == null && parent.get(key).isAbsent()) {
            missing(parent, key, hint);
        }
        return text;
    }

    Integer integer(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (node.isAbsent()) {
            return null;
        }
        if (!node.isInteger()) {
            wrongType(node, "a whole number");
            return null;
        }
        return (int) node.longValue();
    }

    Integer requiredInteger(YamlNode parent, String key, String hint) {
        if (parent.get(key).isAbsent()) {
            missing(parent, key, hint);
            return null;
        }
        return integer(parent, key);
    }

    LocalDate date(YamlNode parent, String key) {
        String text = text(parent, key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            YamlNode node = parent.get(key);
            problems.error(node.file(), node.line(), node.column(), "'" + node.path() + "' is not a date: " + text,
                    "write the date as YYYY-MM-DD, for example 2024-08-15");
            return null;
        }
    }

    /** A {@code {zh: …, en: …}} pair; {@link Bilingual#EMPTY} where absent. */
    Bilingual bilingual(YamlNode parent, String key) {
        return languageMap(parent, key, "the Chinese and the English text", "{zh: 中文, en: English}")
                .map(node -> new Bilingual(text(node, "zh"), text(node, "en")))
                .orElse(Bilingual.EMPTY);
    }

    /** A bilingual field whose Chinese side is required; the English side is asked for with a warning. */
    Bilingual requiredBilingual(YamlNode parent, String key, String what) {
        YamlNode node = parent.get(key);
        if (node.isAbsent()) {
            missing(parent, key, "add " + key + ": {zh: …, en: …} with the " + what + " in Chinese and English");
            return Bilingual.EMPTY;
        }
        Bilingual value = bilingual(parent, key);
        if (node.isMap() && !value.hasChinese()) {
            missing(node, "zh", "add the Chinese " + what + " as " + key + ".zh");
        }
        if (node.isMap() && !value.hasEnglish()) {
            YamlNode at = node.get("en");
            problems.warning(at.file(), at.line(), at.column(), "no English " + what + " ('" + at.path() + "')",
                    "add it so that the English view can show it; until then it shows the Chinese");
        }
        return value;
    }

    /** A list of texts, or a single text taken as a list of one. */
    List<String> texts(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        List<String> out = new ArrayList<>();
        if (node.isAbsent()) {
            return out;
        }
        if (node.isScalar()) {
            out.add(node.scalarText().strip());
            return out;
        }
        if (!node.isList()) {
            wrongType(node, "a list, such as [一, 二]");
            return out;
        }
        for (YamlNode element : node.elements()) {
            if (element.isScalar()) {
                out.add(element.scalarText().strip());
            } else {
                wrongType(element, "a text");
            }
        }
        return out;
    }

    BilingualList bilingualList(YamlNode parent, String key) {
        return languageMap(parent, key, "Chinese and English lists", "{zh: [一, 二], en: [one, two]}")
                .map(node -> new BilingualList(texts(node, "zh"), texts(node, "en")))
                .orElse(BilingualList.EMPTY);
    }

    /** The map of {@code zh}/{@code en} at {@code key}; empty where absent or (reported) not a map. */
    private java.util.Optional<YamlNode> languageMap(YamlNode parent, String key, String what, String example) {
        YamlNode node = parent.get(key);
        if (node.isAbsent()) {
            return java.util.Optional.empty();
        }
        if (!node.isMap()) {
            problems.error(node.file(), node.line(), node.column(), "'" + node.path() + "' must give " + what,
                    "write it as " + key + ": " + example);
            return java.util.Optional.empty();
        }
        onlyKeys(node, LANGUAGES);
        return java.util.Optional.of(node);
    }

    /** The list at {@code key}; an empty list where absent, an error where not a list. */
    List<YamlNode> list(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        if (node.isAbsent()) {
            return List.of();
        }
        if (!node.isList()) {
            wrongType(node, "a list (lines starting with '- ')");
            return List.of();
        }
        return node.elements();
    }

    /** Warns about keys this format does not know, naming the nearest known one where it looks like a typo. */
    void onlyKeys(YamlNode map, Set<String> known) {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                YamlNode node = map.get(key);
                problems.warning(node.file(), node.line(), node.column(), "unknown field '" + node.path() + "' is ignored",
                        Suggestions.didYouMean(key, known).map(s -> "did you mean '" + s + "'?")
                                .orElse("known fields here: " + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    boolean isMap(YamlNode node, String what) {
        if (!node.isMap()) {
            problems.error(node.file(), node.line(), node.column(), what + " must be a set of 'key: value' lines",
                    "see docs/content-format.md for an example");
            return false;
        }
        return true;
    }

    private void missing(YamlNode parent, String key, String hint) {
        String path = parent.path().isEmpty() ? key : parent.path() + "." + key;
        problems.error(parent.file(), parent.line(), parent.column(), "missing required field '" + path + "'", hint);
    }

    private void wrongType(YamlNode node, String expected) {
        problems.error(node.file(), node.line(), node.column(), "'" + node.path() + "' should be " + expected,
                "see docs/content-format.md for the field's form");
    }
}

package org.qikan.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.qikan.content.Suggestions;
import org.qikan.content.YamlDocument;
import org.qikan.content.YamlNode;
import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The interface words of the pages ("目录" / "Contents"…) by language: the built-in theme's
 * {@code labels.yaml}, with the publisher's own {@code templates/labels.yaml} merged over it word by
 * word, so a publisher's file may hold only the words they change. The publisher's file is read like
 * the content files: its problems are diagnostics with file and line.
 */
public final class Labels {
    public static final String FILE = "labels.yaml";

    private Labels() {
    }

    /** The labels, for callers that have no diagnostics to report into; a problem in the publisher's file is an IOException. */
    public static Map<String, Object> load(Theme theme) throws IOException {
        Diagnostics problems = new Diagnostics();
        Map<String, Object> labels = load(theme, problems);
        if (problems.hasErrors()) {
            throw new IOException(problems.sorted().get(0).toString());
        }
        return labels;
    }

    /** The built-in labels with the publisher's merged over them; problems in the publisher's file go to {@code problems}. */
    public static Map<String, Object> load(Theme theme, Diagnostics problems) throws IOException {
        Map<String, Map<String, Object>> labels = new YAMLMapper().readValue(theme.builtInTemplateFile(FILE),
                new TypeReference<LinkedHashMap<String, Map<String, Object>>>() { });
        Optional<Path> own = theme.publisherTemplateFile(FILE);
        if (own.isPresent()) {
            read(own.get(), problems).ifPresent(root -> merge(root, labels, problems));
        }
        return new LinkedHashMap<>(labels);
    }

    private static Optional<YamlNode> read(Path file, Diagnostics problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.error(file, 0, "not UTF-8 text", "save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, 0, "cannot read the file: " + e.getMessage(), "check that it exists and can be read");
            return Optional.empty();
        }
        Optional<YamlNode> root = YamlDocument.parse(file, text, 1, problems).map(YamlDocument::root);
        if (root.isPresent() && !root.get().isMap()) {
            problems.error(file, root.get().line(), "labels.yaml must be a map of languages (zh, en) to labels",
                    "write 'zh:' and 'en:' at the start of a line, each followed by indented 'label: text' lines");
            return Optional.empty();
        }
        return root;
    }

    private static void merge(YamlNode root, Map<String, Map<String, Object>> labels, Diagnostics problems) {
        for (String language : root.keys()) {
            YamlNode words = root.get(language);
            Map<String, Object> known = labels.get(language);
            if (known == null) {
                problems.warning(words.file(), words.line(), words.column(), "unknown language '" + language + "' is ignored",
                        "labels are given for " + String.join(" and ", labels.keySet()));
            } else if (!words.isMap()) {
                problems.error(words.file(), words.line(), words.column(), "'" + language + "' must hold 'label: text' lines",
                        "indent each label under '" + language + ":', such as '  contents: 目录'");
            } else {
                mergeWords(words, known, problems);
            }
        }
    }

    private static void mergeWords(YamlNode words, Map<String, Object> known, Diagnostics problems) {
        for (String name : words.keys()) {
            YamlNode word = words.get(name);
            if (!known.containsKey(name)) {
                problems.warning(word.file(), word.line(), word.column(), "unknown label '" + name + "' is ignored",
                        Suggestions.didYouMean(name, known.keySet()).map(s -> "did you mean '" + s + "'?")
                                .orElse("see the built-in templates/labels.yaml for the labels there are"));
            } else if (!word.isScalar()) {
                problems.error(word.file(), word.line(), word.column(), "label '" + name + "' must be text",
                        "write it on one line, such as '" + name + ": " + known.get(name) + "'");
            } else {
                known.put(name, word.scalarText());
            }
        }
    }
}

package org.qikan.importer.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The minimal {@code site.yaml} an import writes into a content folder, so that {@code import} then {@code build}
 * works with no hand step. Its title names the journals of the folder: one journal's name, two or three names joined
 * (中文 with 、, English with " · ", the English side only where every journal has an English name), and a neutral
 * title (学术期刊 / Journals) for four or more.
 *
 * <p>An existing {@code site.yaml} is replaced only while it is still exactly what an import wrote: the text this class
 * makes for the journals the folder held before (all of them, or any one of them, which is what an import wrote
 * before this rule). Any other text is the publisher's and is never touched.
 */
public final class SiteYaml {
    static final String NEUTRAL_ZH = "学术期刊";
    static final String NEUTRAL_EN = "Journals";
    private static final YAMLMapper READER = new YAMLMapper();

    /** A journal's slug (its folder) and names as its journal.yaml gives them (English may be null). */
    record JournalName(String slug, String zh, String en) {
    }

    private SiteYaml() {
    }

    /**
     * The site.yaml to write into {@code outDir} for an import of journal {@code current}, or null to leave the file as
     * it is (edited by the publisher, or already right).
     */
    public static String toWrite(Path outDir, JournalName current) throws IOException {
        Path file = outDir.resolve("site.yaml");
        List<JournalName> before = journalsIn(outDir, current.slug());
        List<JournalName> after = new ArrayList<>(before);
        after.add(current);
        after.sort((a, b) -> a.slug().compareTo(b.slug()));
        String text = text(after);
        if (!Files.exists(file)) {
            return text;
        }
        String now = Files.readString(file, StandardCharsets.UTF_8);
        if (now.equals(text) || !writtenByImport(now, before)) {
            return null;
        }
        return text;
    }

    static JournalName current(String slug, String zh, String en) {
        return new JournalName(slug, zh == null && en == null ? slug : zh, en);
    }

    /** Whether {@code now} is what an import wrote for the journals the folder held before this import. */
    private static boolean writtenByImport(String now, List<JournalName> before) {
        if (before.isEmpty()) {
            return false;
        }
        if (now.equals(text(before))) {
            return true;
        }
        for (JournalName one : before) {
            if (now.equals(text(List.of(one)))) {
                return true;
            }
        }
        return false;
    }

    /** The site.yaml text for these journals, in this order. */
    static String text(List<JournalName> journals) {
        String zh;
        String en;
        if (journals.size() == 1) {
            zh = journals.get(0).zh();
            en = journals.get(0).en();
        } else if (journals.size() <= 3) {
            zh = String.join("、", journals.stream().map(j -> j.zh() != null ? j.zh() : j.en()).toList());
            en = journals.stream().allMatch(j -> j.en() != null)
                    ? String.join(" · ", journals.stream().map(JournalName::en).toList()) : null;
        } else {
            zh = NEUTRAL_ZH;
            en = NEUTRAL_EN;
        }
        return new Yaml().bilingual("title", zh, en).toString();
    }

    /** The other journals of the content folder (sub-folders with a journal.yaml), by slug. */
    private static List<JournalName> journalsIn(Path outDir, String except) throws IOException {
        Map<String, JournalName> found = new TreeMap<>();
        if (!Files.isDirectory(outDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(outDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String slug = dir.getFileName().toString();
                Path journal = dir.resolve("journal.yaml");
                if (slug.equals(except) || !Files.isRegularFile(journal)) {
                    continue;
                }
                found.put(slug, read(slug, journal));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The names of a journal.yaml ({@code name: {zh, en}} or {@code name: text}); the slug where it has none or cannot be read. */
    static JournalName read(String slug, Path journalYaml) {
        try {
            JsonNode name = READER.readTree(Files.readString(journalYaml, StandardCharsets.UTF_8)).path("name");
            if (name.isTextual()) {
                return current(slug, name.asText(), null);
            }
            return current(slug, textOrNull(name.path("zh")), textOrNull(name.path("en")));
        } catch (IOException | RuntimeException e) {
            return current(slug, null, null);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}

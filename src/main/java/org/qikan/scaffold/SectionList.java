package org.qikan.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sections (栏目) of an issue, read from its {@code issue.yaml}, and the latest issue of a journal. */
record SectionList(List<SectionEntry> sections) {
    record SectionEntry(String id, String zh, String en) {
    }

    /** What a journal without issues starts from. */
    static final SectionList DEFAULT = new SectionList(List.of(new SectionEntry("research", "研究论文", "Research Articles")));

    /** The sections of {@code issue.yaml}, or {@link #DEFAULT} where it has none that can be read. */
    static SectionList of(Path issueYaml) {
        try {
            JsonNode root = new YAMLMapper().readTree(Files.readString(issueYaml));
            List<SectionEntry> found = new ArrayList<>();
            for (JsonNode section : root.path("sections")) {
                String id = section.path("id").asText("");
                if (!id.isEmpty()) {
                    found.add(new SectionEntry(id, section.path("title").path("zh").asText(id), section.path("title").path("en").asText("")));
                }
            }
            return found.isEmpty() ? DEFAULT : new SectionList(List.copyOf(found));
        } catch (IOException | RuntimeException e) {
            return DEFAULT;
        }
    }

    /** The issue folder of {@code journalDir} that sorts last ({@code 2025-02} after {@code 2024-06}), if any. */
    static java.util.Optional<Path> latestIssue(Path journalDir) throws IOException {
        try (Stream<Path> entries = Files.list(journalDir)) {
            return entries.filter(p -> org.qikan.content.Slugs.isIssueFolder(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p.resolve("issue.yaml")))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        }
    }

    SectionEntry first() {
        return sections.get(0);
    }
}

package org.qikan.render;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qikan.content.MarkdownSource;
import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files for the body and note HTML: {@code golden/notes/X.md} renders to {@code X.html}.
 * To add a case, add an {@code .md} file and run with {@code -Dgolden.update=true}, then read the
 * written {@code .html} before committing it.
 */
class NoteGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden/notes");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @TempDir
    static Path contentRoot;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersAsTheGoldenFileSays(String name) throws IOException {
        String markdown = Files.readString(DIR.resolve(name + ".md"));
        Diagnostics problems = new Diagnostics();
        RenderedBody body = RENDERER.render(new MarkdownSource(contentRoot.resolve(name + ".md"), 1, markdown),
                new LocalFiles(contentRoot), problems);
        assertThat(problems.sorted()).isEmpty();
        String actual = dump(body);
        Path golden = DIR.resolve(name + ".html");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }

    /** The rendered body as one text: each part, then each note with the ids of its citations. */
    static String dump(RenderedBody body) {
        StringBuilder out = new StringBuilder();
        for (BodyPart part : body.parts()) {
            out.append("<!-- part ").append(part.pieceId() == null ? "(text)" : part.pieceId()).append(" -->\n").append(part.html());
        }
        out.append("<!-- notes -->\n");
        for (Note note : body.notes()) {
            out.append("<li id=\"").append(note.id()).append("\" data-cited-by=\"").append(String.join(" ", note.refIds()))
                    .append("\" data-inline=\"").append(note.inline()).append("\">").append(note.html()).append("</li>\n");
        }
        out.append("<!-- outline -->\n");
        body.outline().forEach(h -> out.append(h.level()).append(' ').append(h.id()).append(' ').append(h.text()).append('\n'));
        return out.toString();
    }
}

package org.qikan.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.qikan.content.Bilingual;
import org.qikan.content.BilingualList;

/**
 * Search documents cut crudely from the raw corpus (read in place from {@code ../shared/corpus}),
 * until the importer's edition of it is available: a document per top-level {@code #} heading, or
 * per 120 lines where a file has none; sections at deeper headings; keywords and authors from their
 * labelled lines.
 */
final class CorpusDocuments {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final int LINES_PER_CHUNK = 120;
    private static final Pattern KEYWORDS_ZH = Pattern.compile("关\\s*键\\s*词[】〕:：*\\s]*(.+)");
    private static final Pattern KEYWORDS_EN = Pattern.compile("(?i)key\\s*words?[:：*\\s]*(.+)");
    private static final Pattern AUTHOR_LINE = Pattern.compile("^□\\s*(.+)$");
    private static final Pattern MARKUP = Pattern.compile("<sup>.*?</sup>|\\^[①-⑳]|[*\\\\]|<[^>]+>");

    private CorpusDocuments() {
    }

    static boolean available() {
        return Files.isDirectory(CORPUS);
    }

    static List<SearchDocument> load() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                cut(file, docs);
            }
        }
        return docs;
    }

    private static void cut(Path file, List<SearchDocument> docs) throws IOException {
        String journal = file.getFileName().toString().replaceFirst("-\\d{4}-.*", "");
        int year = Integer.parseInt(file.getFileName().toString().replaceFirst(".*?-(\\d{4})-.*", "$1"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> MARKUP.matcher(line).replaceAll("").strip()).toList();
        boolean headed = lines.stream().anyMatch(l -> l.startsWith("# "));
        List<List<String>> chunks = new ArrayList<>();
        for (String line : lines) {
            boolean start = headed ? line.startsWith("# ") : chunks.isEmpty() || last(chunks).size() >= LINES_PER_CHUNK;
            if (start || chunks.isEmpty()) {
                chunks.add(new ArrayList<>());
            }
            last(chunks).add(line);
        }
        for (List<String> chunk : chunks) {
            docs.add(document(journal, year, docs.size(), chunk));
        }
    }

    private static SearchDocument document(String journal, int year, int n, List<String> chunk) {
        String title = chunk.stream().filter(l -> !l.isBlank()).findFirst().orElse("").replaceFirst("^#+\\s*", "");
        if (title.length() > 40) {
            title = title.substring(0, 40);
        }
        List<String> keywordsZh = new ArrayList<>();
        List<String> keywordsEn = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<SearchDocument.BodySection> sections = new ArrayList<>();
        String anchor = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (String line : chunk) {
            if (line.startsWith("# ")) {
                continue;
            }
            collect(KEYWORDS_ZH.matcher(line), "[、；;，,]", keywordsZh);
            collect(KEYWORDS_EN.matcher(line), "[;,]", keywordsEn);
            collect(AUTHOR_LINE.matcher(line), "\\s{2,}", authors);
            if (line.startsWith("#")) {
                sections.add(new SearchDocument.BodySection(anchor, heading, text.toString().strip()));
                anchor = "h" + sections.size();
                heading = line.replaceFirst("^#+\\s*", "");
                text.setLength(0);
            } else if (!line.isBlank() && !line.equals("---")) {
                text.append(line).append('\n');
            }
        }
        sections.add(new SearchDocument.BodySection(anchor, heading, text.toString().strip()));
        return new SearchDocument(journal + "/" + year + "/doc-" + n + ".html", journal,
                new Bilingual(journal, journal), new Bilingual(year + "年", String.valueOf(year)), year,
                new Bilingual(title, null), new BilingualList(authors, List.of()),
                new BilingualList(keywordsZh, keywordsEn), Bilingual.EMPTY, sections);
    }

    private static void collect(Matcher matcher, String separators, List<String> into) {
        if (matcher.find()) {
            Arrays.stream(matcher.group(1).split(separators)).map(String::strip)
                    .filter(s -> !s.isEmpty() && s.length() <= 40).forEach(into::add);
        }
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}

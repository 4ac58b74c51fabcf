package org.qikan.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the sources of an imported issue without ever overwriting a source someone edited since:
 * the SHA-256 of every file the import wrote is kept in {@code .qikan-import.sha256} in the issue
 * folder (the format of {@code sha256sum}, so {@code sha256sum -c} lists the edited files). A file
 * that exists and matches neither its recorded hash nor the new text is an edited source; the import
 * then writes nothing, unless forced.
 */
public final class WrittenSources {
    static final String RECORD = ".qikan-import.sha256";

    private final Path issueDir;
    private final Path record;

    private WrittenSources(Path issueDir) {
        this.issueDir = issueDir;
        this.record = issueDir.resolve(RECORD);
    }

    public static WrittenSources in(Path issueDir) {
        return new WrittenSources(issueDir);
    }

    /** Writes {@code files} (path to text) and records their hashes; refuses if a source was edited, unless {@code force}. */
    public void write(Map<Path, String> files, boolean force) throws IOException {
        Map<String, String> recorded = readRecord();
        List<String> edited = new ArrayList<>();
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Path path = file.getKey();
            if (!Files.isRegularFile(path)) {
                continue;
            }
            String now = sha256(Files.readAllBytes(path));
            if (!now.equals(recorded.get(name(path))) && !now.equals(sha256(file.getValue().getBytes(StandardCharsets.UTF_8)))) {
                edited.add(name(path));
            }
        }
        if (!edited.isEmpty() && !force) {
            throw new Edited(issueDir, edited);
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
            recorded.put(name(file.getKey()), sha256(file.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        recorded.keySet().removeIf(name -> !Files.isRegularFile(issueDir.resolve(name)));
        StringBuilder out = new StringBuilder();
        recorded.forEach((name, hash) -> out.append(hash).append("  ").append(name).append('\n'));
        Files.writeString(record, out, StandardCharsets.UTF_8);
    }

    private String name(Path file) {
        return issueDir.relativize(file).toString().replace('\\', '/');
    }

    private Map<String, String> readRecord() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (Files.isRegularFile(record)) {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                int gap = line.indexOf("  ");
                if (gap == 64) {
                    hashes.put(line.substring(gap + 2), line.substring(0, gap));
                }
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-256", e);
        }
    }

    /** Sources changed since the import wrote them: nothing was written. */
    static final class Edited extends IOException {
        private final transient ImportException error;

        Edited(Path issueDir, List<String> files) {
            super("sources changed since the last import: " + String.join(", ", files));
            this.error = new ImportException(issueDir, 0, files.size() + (files.size() == 1 ? " source was" : " sources were")
                    + " changed since the last import and would be overwritten: " + String.join(", ", files),
                    "nothing was written; keep your edits by importing into another --out, or run import again with --force to overwrite them");
        }

        ImportException error() {
            return error;
        }
    }
}

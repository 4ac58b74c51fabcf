package org.qikan.export;

import org.qikan.write.OutputFolder;
import org.qikan.write.StagingWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The BagIt (RFC 8493) tag files of the output: {@code bagit.txt}, {@code manifest-sha256.txt} with the
 * SHA-256 of every file of the site, and {@code bag-info.txt} with the payload's size ({@code Payload-Oxum}).
 * The site stays where readers expect it, at the root, rather than under {@code data/}: the manifest lists
 * paths relative to the root, so a mirror can be checked file by file ({@code qikan verify}), but the folder
 * is not a bag a strict BagIt validator accepts as is (see docs/metadata.md). Files are hashed as
 * {@link Sha256Hashing} sees fit (many bytes under the quick compiler: in a child JVM); the lines are in
 * path order, no date is written, so the manifest is byte-identical across builds.
 */
public final class BagItManifest {
    public static final String BAGIT = "bagit.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String BAG_INFO = "bag-info.txt";
    /** Files of the output folder that are not part of the site: the tag files and the output folder's marker. */
    static final Set<String> NOT_PAYLOAD = Set.of(BAGIT, MANIFEST, BAG_INFO, OutputFolder.MARKER);

    private BagItManifest() {
    }

    /**
     * Hashes every file written so far into the staging folder and writes the tag files; call it last.
     *
     * @return the number of files of the output: the site's and the three tag files
     */
    public static int write(StagingWriter writer) throws IOException {
        return write(writer, KnownChecksums.NONE);
    }

    /** The same, taking the SHA-256 of files {@code known} has seen before from it instead of reading them. */
    public static int write(StagingWriter writer, KnownChecksums known) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (String path : files(writer.root())) {
            String sum = known.sha256(path);
            if (sum == null) {
                unknown.add(path);
            } else {
                sums.put(path, sum);
            }
        }
        Map<String, String> hashed = Sha256Hashing.forThisJvm().checksums(writer.root(), unknown);
        sums.putAll(hashed);
        for (Map.Entry<String, String> e : sums.entrySet()) {
            known.hashed(e.getKey(), e.getValue());
        }
        long bytes = 0;
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, String> e : sums.entrySet()) {
            manifest.append(e.getValue()).append("  ").append(encode(e.getKey())).append('\n');
            bytes += Files.size(writer.root().resolve(e.getKey()));
        }
        writer.write(BAGIT, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        writer.write(MANIFEST, manifest.toString());
        writer.write(BAG_INFO, "Bag-Software-Agent: qikan\nPayload-Oxum: " + bytes + "." + sums.size() + "\n");
        return sums.size() + 3;
    }

    /** The SHA-256 of every site file under {@code root}, by site-relative path with {@code /}, in path order. */
    static Map<String, String> checksums(Path root) throws IOException {
        java.util.List<String> paths = new java.util.ArrayList<>();
        files(root).forEach(paths::add);
        return Sha256Hashing.forThisJvm().checksums(root, paths);
    }

    /** The site files under {@code root}: every regular file but the tag files and the marker. */
    static Iterable<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !NOT_PAYLOAD.contains(p))
                    .sorted().toList();
        }
    }

    /** RFC 8493 2.1.3: CR, LF and % in a path are percent-encoded. */
    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }
}

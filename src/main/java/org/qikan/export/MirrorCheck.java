package org.qikan.export;

import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.exceptions.InvalidBagitFileFormatException;
import gov.loc.repository.bagit.exceptions.MaliciousPathException;
import gov.loc.repository.bagit.exceptions.UnsupportedAlgorithmException;
import gov.loc.repository.bagit.hash.StandardBagitAlgorithmNameToSupportedAlgorithmMapping;
import gov.loc.repository.bagit.reader.ManifestReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a copy of a built site against its {@code manifest-sha256.txt} (read with {@code gov.loc:bagit}'s
 * {@link ManifestReader}): every file the manifest lists must be there with the same SHA-256, and no
 * other file may be.
 */
public final class MirrorCheck {
    private MirrorCheck() {
    }

    /** What differs between a folder and its manifest, each list in path order. */
    public record Report(int checked, List<String> missing, List<String> changed, List<String> extra) {
        public boolean isIntact() {
            return missing.isEmpty() && changed.isEmpty() && extra.isEmpty();
        }
    }

    /** Thrown when the folder has no manifest or it cannot be read. */
    public static final class NoManifest extends Exception {
        NoManifest(String message) {
            super(message);
        }
    }

    public static Report check(Path dir) throws IOException, NoManifest {
        Path root = dir.toAbsolutePath().normalize();
        Map<String, String> expected = read(root);
        Map<String, String> actual = BagItManifest.checksums(root);
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String sum = actual.get(e.getKey());
            if (sum == null) {
                missing.add(e.getKey());
            } else if (!sum.equalsIgnoreCase(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        TreeSet<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        return new Report(expected.size(), missing, changed, List.copyOf(extra));
    }

    private static Map<String, String> read(Path root) throws IOException, NoManifest {
        Path file = root.resolve(BagItManifest.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new NoManifest(file + ": no BagIt manifest. verify a folder written by 'qikan build' (it writes "
                    + BagItManifest.MANIFEST + ")");
        }
        try {
            Manifest manifest = ManifestReader.readManifest(new StandardBagitAlgorithmNameToSupportedAlgorithmMapping(),
                    file, root, StandardCharsets.UTF_8);
            Map<String, String> sums = new TreeMap<>();
            manifest.getFileToChecksumMap().forEach((path, sum) ->
                    sums.put(root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/'), sum));
            return sums;
        } catch (MaliciousPathException | UnsupportedAlgorithmException | InvalidBagitFileFormatException e) {
            throw new NoManifest(file + ": the manifest cannot be read: " + e.getMessage());
        }
    }
}

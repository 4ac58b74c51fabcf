package org.qikan.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The main class of the child JVM that {@link Sha256Hashing} starts to hash many files with the optimizing
 * compiler's SHA-256 (the launcher runs qikan with the quick compiler only, under which SHA-256 is about
 * nine times slower). Reads from standard input the staging root and the site-relative paths to hash,
 * each as {@link DataOutputStream#writeUTF} writes it (so any name, with spaces, newlines or {@code %},
 * comes through as the same string), after the count of paths; writes one lowercase hex SHA-256 per path,
 * a line each, in the same order, once all are hashed on every core. Any failure: exit status 1 and a
 * line on standard error; the build then hashes in its own JVM and reports the error there.
 */
public final class Sha256Child {
    private static final int BUFFER = 64 * 1024;

    private Sha256Child() {
    }

    public static void main(String[] args) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
            Path root = Path.of(in.readUTF());
            List<String> paths = readPaths(in);
            write(hashAll(root, paths));
        } catch (IOException | RuntimeException e) {
            System.err.println("qikan's SHA-256 child: " + e);
            System.exit(1);
        }
    }

    /** Writes the root and paths as {@link #main} reads them. */
    static void writeRequest(Path root, List<String> paths, DataOutputStream out) throws IOException {
        out.writeUTF(root.toString());
        out.writeInt(paths.size());
        for (String path : paths) {
            out.writeUTF(path);
        }
    }

    private static List<String> readPaths(DataInputStream in) throws IOException {
        int count = in.readInt();
        String[] paths = new String[count];
        for (int i = 0; i < count; i++) {
            paths[i] = in.readUTF();
        }
        return List.of(paths);
    }

    private static String[] hashAll(Path root, List<String> paths) {
        ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(Sha256Child::sha256);
        ThreadLocal<byte[]> buffer = ThreadLocal.withInitial(() -> new byte[BUFFER]);
        String[] sums = new String[paths.size()];
        IntStream.range(0, sums.length).parallel()
                .forEach(i -> sums[i] = hash(root.resolve(paths.get(i)), sha256.get(), buffer.get()));
        return sums;
    }

    private static String hash(Path file, MessageDigest sha256, byte[] buffer) {
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new SHA-256 digest; every JVM has one (Java SE requires it). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static void write(String[] sums) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(System.out), StandardCharsets.US_ASCII));
        for (String sum : sums) {
            out.write(sum);
            out.write('\n');
        }
        out.flush();
    }
}

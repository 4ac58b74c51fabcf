package org.qikan.export;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import gov.loc.repository.bagit.hash.Hasher;

/**
 * Where the files of the BagIt manifest are hashed. The launcher runs qikan with the quick compiler only
 * ({@code -XX:TieredStopAtLevel=1}, best for everything else a build does), under which SHA-256 runs as
 * plain compiled Java: 1.35 GB, a 3,996-article edition, takes about 10.5 CPU seconds, against about 1.2
 * with the optimizing compiler's SHA-256 intrinsic. So where this JVM has no optimizing compiler and the
 * bytes to hash are many, they are hashed by a child JVM with it ({@link Sha256Child}: the same
 * {@code java}, the same class path); otherwise, and whenever the child does not answer in full, in this
 * JVM. Both give the same sums, so the manifest does not depend on where they were made.
 */
final class Sha256Hashing {
    /**
     * From how many bytes to hash a child is asked. A child costs about 0.2 s to start (wall and CPU), and
     * its compiler some more before the intrinsic runs. Measured on 2 cores shared with another build (load
     * about 4), files of a built 1,800-article edition, fresh JVMs with the quick compiler, this JVM against
     * a child: 16 MiB even (0.5-0.6 s wall, 0.8-1.0 CPU s both); 32 MiB 0.7-0.8 against 0.6 s wall,
     * 0.9 against 0.8 CPU s; 128 MiB 1.1-1.6 against 0.65-0.85 s wall; 580 MiB 5.5 against 1.9 s wall,
     * 6.0 against 1.7 CPU s. An edition's output passes 32 MiB at about 100 articles.
     */
    static final long CHILD_FROM_BYTES = 32L << 20;
    private static final int SUM_LENGTH = 64;

    private final List<String> childCommand;
    private final long childFromBytes;
    private final BooleanSupplier optimizingHere;

    /**
     * @param childCommand   the command that starts a {@link Sha256Child}
     * @param childFromBytes the bytes to hash from which a child is asked
     * @param optimizingHere whether this JVM has the optimizing compiler (then no child is asked); asked
     *                       only when the bytes are many, as reading the JVM's options takes some 60 ms
     */
    Sha256Hashing(List<String> childCommand, long childFromBytes, BooleanSupplier optimizingHere) {
        this.childCommand = List.copyOf(childCommand);
        this.childFromBytes = childFromBytes;
        this.optimizingHere = optimizingHere;
    }

    /** Hashing as suits this JVM: in a child for many bytes where this JVM has no optimizing compiler. */
    static Sha256Hashing forThisJvm() {
        return new Sha256Hashing(childCommand(javaOfThisJvm()), CHILD_FROM_BYTES, Sha256Hashing::hasOptimizingCompiler);
    }

    /**
     * The command that starts a {@link Sha256Child} with {@code java}, on this JVM's class path: the default
     * compilers, a small heap (it holds the paths and sums; files are streamed), the JDK's class-data archive.
     */
    static List<String> childCommand(Path java) {
        return List.of(java.toString(), "-XX:+UseSerialGC", "-Xmx64m", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path", ""), Sha256Child.class.getName());
    }

    static Path javaOfThisJvm() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Whether this JVM compiles hot code with HotSpot's optimizing compiler (C2), read from its options: not
     * where it only interprets ({@code -Xint}) or stops at the quick compiler ({@code -XX:TieredStopAtLevel}
     * 1 to 3 with tiered compilation, {@code -XX:CompilationMode=quick-only}). A JVM whose options cannot be
     * read (not HotSpot, no {@code jdk.management}) is taken to have it: its files are hashed where they
     * always were.
     */
    static boolean hasOptimizingCompiler() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            boolean compiles = Boolean.parseBoolean(vm.getVMOption("UseCompiler").getValue());
            boolean tiered = Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue());
            int stopAt = Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue());
            boolean quickOnly = vm.getVMOption("CompilationMode").getValue().equals("quick-only");
            return compiles && !(tiered && stopAt < 4) && !quickOnly;
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    /** The SHA-256 (lowercase hex) of the given site-relative files under {@code root}, by path, in path order. */
    Map<String, String> checksums(Path root, List<String> paths) throws IOException {
        if (atLeast(root, paths, childFromBytes) && !optimizingHere.getAsBoolean()) {
            Optional<List<String>> sums = fromChild(root, paths);
            if (sums.isPresent()) {
                Map<String, String> byPath = new TreeMap<>();
                for (int i = 0; i < paths.size(); i++) {
                    byPath.put(paths.get(i), sums.get().get(i));
                }
                return byPath;
            }
        }
        return inThisJvm(root, paths);
    }

    /** Whether the files hold at least {@code bytes} bytes; reads the sizes only until they do. */
    private static boolean atLeast(Path root, List<String> paths, long bytes) throws IOException {
        long sum = 0;
        for (String path : paths) {
            if (sum >= bytes) {
                return true;
            }
            sum += Files.size(root.resolve(path));
        }
        return sum >= bytes;
    }

    /** The sums a child gave, in the order of {@code paths}; empty where it did not start, failed or answered short or malformed. */
    Optional<List<String>> fromChild(Path root, List<String> paths) {
        Process child;
        try {
            child = new ProcessBuilder(childCommand).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            try (DataOutputStream request = new DataOutputStream(new BufferedOutputStream(child.getOutputStream()))) {
                Sha256Child.writeRequest(root.toAbsolutePath(), paths, request);
            }
            List<String> sums = readSums(child, paths.size());
            if (sums.size() != paths.size()) {
                return Optional.empty();
            }
            return child.waitFor() == 0 ? Optional.of(sums) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            child.destroy();
        }
    }

    /** The well-formed lines the child wrote, up to the first that is not a sum; more than {@code count} is malformed too. */
    private static List<String> readSums(Process child, int count) throws IOException {
        List<String> sums = new ArrayList<>(count);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!isSum(line) || sums.size() == count) {
                    return List.of();
                }
                sums.add(line);
            }
        }
        return sums;
    }

    private static boolean isSum(String line) {
        return line.length() == SUM_LENGTH && line.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** The same sums made in this JVM, on every core (one digest per thread), by {@code gov.loc:bagit}'s {@link Hasher}. */
    static Map<String, String> inThisJvm(Path root, List<String> paths) throws IOException {
        ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(Sha256Child::sha256);
        try {
            return paths.parallelStream().collect(Collectors.toMap(
                    path -> path, path -> hash(root.resolve(path), sha256.get()), (a, b) -> a, TreeMap::new));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String hash(Path file, MessageDigest sha256) {
        try {
            return Hasher.hash(file, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

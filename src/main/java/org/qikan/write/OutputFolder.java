package org.qikan.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The output folder, replaced whole or not at all: a build writes into a staging folder beside it
 * and only a build without errors swaps the staging folder in. A failed build deletes its staging
 * folder and leaves the previous site exactly as it was.
 *
 * <p>A folder qikan wrote holds a marker file; qikan refuses to replace an existing, non-empty
 * folder without it, so that a mistyped {@code --out} can never delete someone's files.
 */
public final class OutputFolder {
    public static final String MARKER = ".qikan-site";
    private final Path target;
    private final Path staging;
    private final Path previous;

    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
        String name = this.target.getFileName().toString();
        this.staging = this.target.resolveSibling("." + name + ".staging");
        this.previous = this.target.resolveSibling("." + name + ".previous");
    }

    public Path target() {
        return target;
    }

    /** Whether the target may be replaced: it does not exist, is empty, or was written by qikan. */
    public boolean isReplaceable() throws IOException {
        if (!Files.exists(target)) {
            return true;
        }
        if (!Files.isDirectory(target)) {
            return false;
        }
        if (Files.exists(target.resolve(MARKER))) {
            return true;
        }
        try (var entries = Files.list(target)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A fresh, empty staging folder to write the new site into. */
    public Path beginStaging() throws IOException {
        deleteTree(staging);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), "This folder was written by qikan; the next build replaces it whole.\n");
        return staging;
    }

    /** Puts the staged site in the target's place. */
    public void commit() throws IOException {
        deleteTree(previous);
        if (Files.exists(target)) {
            move(target, previous);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (Files.exists(previous) && !Files.exists(target)) {
                move(previous, target);
            }
            throw e;
        }
        deleteTree(previous);
    }

    /** Throws the staged site away; the target is untouched. */
    public void abandon() throws IOException {
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

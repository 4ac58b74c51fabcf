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
        if (this.target.getFileName() == null) {
            throw new IllegalArgumentException("the output folder cannot be the root of the file system: " + this.target);
        }
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

    /** The hidden folders beside the target that qikan uses while it replaces the site. */
    public java.util.List<Path> workFolders() {
        return java.util.List.of(staging, previous);
    }

    /**
     * Finishes a swap that a killed build left half done: when the target is missing and the previous
     * site waits beside it, it is put back; a previous site left after a finished swap is deleted.
     *
     * @return whether the previous site had to be put back
     * @throws ForeignFolderException if a work folder beside the target was not written by qikan
     */
    public boolean recover() throws IOException {
        for (Path work : workFolders()) {
            requireOwn(work);
        }
        if (Files.exists(previous)) {
            if (!Files.exists(target)) {
                move(previous, target);
                return true;
            }
            deleteTree(previous);
        }
        return false;
    }

    /** Refuses to go on when {@code work} exists and is neither empty nor marked as qikan's. */
    private static void requireOwn(Path work) throws IOException {
        if (!Files.exists(work, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(work, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(work.resolve(MARKER))) {
                return;
            }
            try (var entries = Files.list(work)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            }
        }
        throw new ForeignFolderException(work);
    }

    /** A folder beside the output, by a name qikan uses for its work, that qikan did not write. */
    public static final class ForeignFolderException extends IOException {
        private final Path folder;

        ForeignFolderException(Path folder) {
            super(folder + " was not written by qikan");
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }

    /** A fresh, empty staging folder to write the new site into. */
    public Path beginStaging() throws IOException {
        requireOwn(staging);
        deleteTree(staging);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), "This folder was written by qikan; the next build replaces it whole.\n");
        return staging;
    }

    /** Puts the staged site in the target's place. */
    public void commit() throws IOException {
        requireOwn(previous);
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
        requireOwn(staging);
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

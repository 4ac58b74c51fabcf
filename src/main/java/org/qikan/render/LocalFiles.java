package org.qikan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Answers whether a relative reference written in a content file (an image, a linked PDF) names a
 * file that exists inside the content folder, after following links.
 */
public class LocalFiles {
    private final Path realRoot;

    public LocalFiles(Path contentRoot) throws IOException {
        this.realRoot = contentRoot.toRealPath();
    }

    /** The same content folder as {@code other}: for a view that notes what is asked ({@link CachedBodies}). */
    protected LocalFiles(LocalFiles other) {
        this.realRoot = other.realRoot;
    }

    public enum Status { OK, MISSING, OUTSIDE }

    public Status check(Path from, String reference) {
        Path target = from.toAbsolutePath().getParent().resolve(reference).normalize();
        if (!Files.exists(target)) {
            return target.startsWith(realRoot) ? Status.MISSING : Status.OUTSIDE;
        }
        try {
            return target.toRealPath().startsWith(realRoot) ? Status.OK : Status.OUTSIDE;
        } catch (IOException e) {
            return Status.MISSING;
        }
    }
}

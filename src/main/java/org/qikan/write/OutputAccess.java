package org.qikan.write;

import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The first thing a build does with its output folder: refuse a folder that cannot be one (the root
 * of the file system), take the {@link OutputLock} so that no other build writes there at the same
 * time, and finish a swap that a killed build left half done ({@link OutputFolder#recover()}), so
 * that the previous site is in place before anything else happens.
 */
public final class OutputAccess {
    private OutputAccess() {
    }

    /** The held lock, or empty when the build must not go on (the reason is in {@code problems}). */
    public static Optional<OutputLock> open(Path outputDir, Diagnostics problems) {
        Path target = outputDir.toAbsolutePath().normalize();
        if (target.getFileName() == null) {
            problems.error(target, 0, "the output folder cannot be the root of the file system",
                    "give --out a folder of its own, such as --out site-output: a build replaces the output folder whole");
            return Optional.empty();
        }
        Optional<OutputLock> lock;
        try {
            Files.createDirectories(target.getParent());
            lock = OutputLock.tryAcquire(target);
        } catch (AccessDeniedException e) {
            problems.error(target, 0, "cannot write beside the output folder (permission denied)",
                    "check the permissions of " + target.getParent() + ", or choose another --out");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(target, 0, "cannot lock the output folder: " + e.getMessage(),
                    "check that " + target.getParent() + " exists and that you may write there");
            return Optional.empty();
        }
        if (lock.isEmpty()) {
            problems.error(target, 0, "another qikan build is writing to this output folder",
                    "wait until it has finished and build again, or choose another --out");
            return Optional.empty();
        }
        if (!recover(new OutputFolder(target), problems)) {
            try {
                lock.get().close();
            } catch (IOException ignored) {
                // the lock ends with the process anyway
            }
            return Optional.empty();
        }
        return lock;
    }

    private static boolean recover(OutputFolder output, Diagnostics problems) {
        try {
            if (output.recover()) {
                problems.warning(output.target(), 0, "an earlier build was stopped while it replaced the site; the previous site was put back",
                        "nothing to do: this build replaces it as usual if it has no errors");
            }
            return true;
        } catch (OutputFolder.ForeignFolderException e) {
            problems.error(e.folder(), 0, "a folder by this name exists beside the output folder and was not written by qikan",
                    "move or rename it: qikan uses this name while it replaces the site, and deletes only folders it wrote");
            return false;
        } catch (IOException e) {
            problems.error(output.target(), 0, "cannot finish replacing the site after an interrupted build: " + e.getMessage(),
                    "check the permissions of the output folder and the folders beside it");
            return false;
        }
    }
}

package org.qikan.write;

import org.qikan.diag.Diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies the content folder's static files (images, PDFs, logos) into the staging folder after the
 * pages. A static file that would replace a page qikan wrote (a {@code content/index.html}) or that
 * cannot be read is an error naming the source file, not a failure to write the site.
 */
public final class StaticFiles {
    private StaticFiles() {
    }

    public static void copy(StagingWriter writer, Path contentDir, List<Path> files, Diagnostics problems) throws IOException {
        for (Path file : files) {
            String path = file.toString().replace('\\', '/');
            Path source = contentDir.resolve(file);
            if (writer.hasWritten(path)) {
                problems.error(source, 0, "this file would replace the page '" + path + "' that qikan generates",
                        "rename or move the file: qikan writes " + path + " itself");
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(source);
            } catch (IOException e) {
                problems.error(source, 0, "cannot read file: " + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage()),
                        "check that you may read it (permissions), or move it out of the content folder");
                continue;
            }
            writer.writeBytes(path, bytes);
        }
    }
}

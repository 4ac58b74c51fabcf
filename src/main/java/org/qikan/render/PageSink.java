package org.qikan.render;

import java.io.IOException;

/** Where rendered pages go: the write stage's staging folder, or a test's map. */
@FunctionalInterface
public interface PageSink {
    /** Writes a page at {@code path}, relative to the site root and using '/' separators. */
    void write(String path, String html) throws IOException;
}

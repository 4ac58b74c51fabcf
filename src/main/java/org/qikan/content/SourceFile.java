package org.qikan.content;

import java.nio.file.Path;

/**
 * A text file of the content folder as read: its path and its text, decoded from strict UTF-8 with a
 * leading byte-order mark removed.
 */
public record SourceFile(Path path, String text) {
}

package org.qikan.content;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body's key names its text, and an article's description (by which the caches key it) shows the key, not the text. */
class MarkdownSourceTest {
    private static final Path FILE = Path.of("content/j/2025-01/a.md");

    @Property(tries = 300)
    void sameTextSameKeyOtherTextOtherKey(@ForAll String text, @ForAll String other) {
        MarkdownSource one = new MarkdownSource(FILE, 9, text);
        assertEquals(one.textKey(), new MarkdownSource(FILE, 9, text).textKey());
        if (!text.equals(other)) {
            assertNotEquals(one.textKey(), new MarkdownSource(FILE, 9, other).textKey());
            assertNotEquals(one.toString(), new MarkdownSource(FILE, 9, other).toString());
        }
    }

    @Test
    void theDescriptionNamesFileLineAndKeyButNotTheText() {
        String body = "第一段正文，很长。".repeat(1000);
        String shown = new MarkdownSource(FILE, 12, body).toString();
        assertFalse(shown.contains("第一段正文"), shown);
        assertTrue(shown.contains(FILE.toString()) && shown.contains("firstLine=12"), shown);
        assertTrue(shown.length() < 200, shown);
    }
}

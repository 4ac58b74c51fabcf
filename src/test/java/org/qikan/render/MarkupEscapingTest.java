package org.qikan.render;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupEscapingTest {

    /** Every character of the Basic Multilingual Plane, lone surrogates included, escapes as Pebble's own strategy escapes it. */
    @Test
    void everyCharacterEscapesAsPebblesOwnStrategy() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "标题" + (char) c + "x";
            assertThat(MarkupEscaping.escape(text)).as("U+%04X", c).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        }
        assertThat(MarkupEscaping.escape(null)).isNull();
    }

    @Property(tries = 500)
    void textsMixingMarkupAndChineseEscapeAsPebblesOwnStrategy(
            @ForAll @StringLength(max = 40) @Chars({'&', '<', '>', '"', '\'', ';', '#', ' ', 'a'})
            @CharRange(from = '\u4e00', to = '\u4e20') @CharRange(from = '\ud83c', to = '\ud83c')
            @CharRange(from = '\udf00', to = '\udf10') String text) {
        assertThat(MarkupEscaping.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }

    @Test
    void aTemplateWritesTheFiveMarkupCharactersAsReferences() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("qikan-escape");
        java.nio.file.Files.writeString(dir.resolve("t.peb"), "<p title=\"{{ v }}\">{{ v }}</p>");
        TemplateEngine engine = new TemplateEngine(new Theme(dir, null));
        assertThat(engine.render("t", Map.of("v", "甲 & 乙 <丙> \"丁\" '戊'")))
                .isEqualTo("<p title=\"甲 &amp; 乙 &lt;丙&gt; &quot;丁&quot; &#39;戊&#39;\">甲 &amp; 乙 &lt;丙&gt; &quot;丁&quot; &#39;戊&#39;</p>");
    }
}

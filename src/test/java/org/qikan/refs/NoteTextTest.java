package org.qikan.refs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A note's HTML without its tags is what the regular expression {@code <[^>]*>} removed gives, for every HTML. */
class NoteTextTest {
    @Property(tries = 2000)
    void sameAsTheRegularExpression(@ForAll("html") String html) {
        assertEquals(html.replaceAll("<[^>]*>", ""), References.withoutTags(html), html);
    }

    @Example
    void examples() {
        assertEquals("王缉思：《大国关系》，第5页。", References.textOf("王缉思：《<i>大国关系</i>》，第5页。"));
        assertEquals("a < b & c", References.textOf("a &lt; b <b>&amp;</b> c"));
        assertEquals("x<y", References.withoutTags("x<y"));
    }

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.of("<", ">", "<i>", "</i>", "<a href=\"x\">", "<<", ">>", "a", "中", "&amp;", " ", "\n")
                .list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }
}

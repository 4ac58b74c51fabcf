package org.qikan.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link LineNumbers} gives flexmark's own line numbers, for every offset and node, whatever the line ends. */
class LineNumbersTest {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(FootnoteExtension.create()))).build();

    @Property(tries = 300)
    void sameLineAsFlexmarkForEveryOffsetAndNode(@ForAll("markdown") String text) {
        Document document = PARSER.parse(text);
        LineNumbers lines = LineNumbers.of(text);
        for (int offset = 0; offset <= text.length() + 1; offset++) {
            assertEquals(document.getLineNumber(offset), lines.lineOf(offset), "offset " + offset + " of " + text.replace("\r", "\\r"));
        }
        for (Node node : document.getDescendants()) {
            assertEquals(node.getStartLineNumber(), lines.startLineOf(node), node + " in " + text.replace("\r", "\\r"));
        }
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("\n", "\r", "\r\n", "\n\n", "text", "正文", "[^1]", "[^1]: note", "# heading", "> quote", "- item", " ")
                .list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }
}

package org.qikan.importer.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.qikan.importer.layout.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of {@link ChinesePunctuation} over generated mixed Chinese, Latin, URL and number strings. */
class ChinesePunctuationPropertiesTest {

    /** One piece of generated text; kept pieces must come out byte for byte. */
    record Piece(String text, boolean kept) {
    }

    @Property(tries = 500)
    void latinUrlsAndNumbersUnchangedHanKeptAndIdempotent(@ForAll("mixed") List<Piece> pieces) {
        String input = pieces.stream().map(Piece::text).collect(Collectors.joining());
        String once = new ChinesePunctuation().apply(input);
        int from = 0;
        for (Piece piece : pieces) {
            if (piece.kept()) {
                int at = once.indexOf(piece.text(), from);
                assertTrue(at >= 0, () -> "'" + piece.text() + "' changed in: " + input + " -> " + once);
                from = at + piece.text().length();
            }
        }
        assertEquals(han(input), han(once), "Han characters changed");
        assertEquals(once, new ChinesePunctuation().apply(once), "applying twice differs from once");
    }

    private static String han(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Texts::isHan).forEach(out::appendCodePoint);
        return out.toString();
    }

    @Provide
    Arbitrary<List<Piece>> mixed() {
        Arbitrary<Piece> kept = Arbitraries.oneOf(latin(), url(), number(), email(), doi()).map(t -> new Piece(t, true));
        Arbitrary<Piece> chinese = Arbitraries.oneOf(hanRun(), hanRun().map(h -> "(" + h + ")")).map(t -> new Piece(t, false));
        Arbitrary<Piece> separator = Arbitraries.of("", " ", ",", ", ", ";", ":", "?", "!", ": ", "，", "。")
                .map(t -> new Piece(t, false));
        Arbitrary<List<Piece>> pair = Combinators.combine(Arbitraries.oneOf(kept, chinese), separator).as(List::of);
        return pair.list().ofMinSize(1).ofMaxSize(8).map(pairs -> {
            List<Piece> flat = new ArrayList<>();
            pairs.forEach(flat::addAll);
            return flat;
        });
    }

    private static Arbitrary<String> hanRun() {
        return Arbitraries.of("中", "国", "合", "作", "治", "理", "秩", "序", "见", "下", "文", "《", "》", "、", "“", "”")
                .list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    /** Latin words with punctuation between them; starts and ends with a letter or digit. */
    private static Arbitrary<String> latin() {
        Arbitrary<String> word = Arbitraries.of("Smith", "J", "Farrell", "Global", "South", "2020", "Vol", "pp", "why", "no");
        Arbitrary<String> glue = Arbitraries.of(" ", ", ", "; ", ": ", "? ", "! ", ". ", " (", ") ", ", (", "), ", ",", ":");
        return Combinators.combine(word, Combinators.combine(glue, word).as((g, w) -> g + w).list().ofMaxSize(5))
                .as((w, rest) -> w + String.join("", rest))
                .filter(ChinesePunctuationPropertiesTest::balanced);
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static Arbitrary<String> url() {
        return Combinators.combine(Arbitraries.of("https://", "http://", "www."),
                Arbitraries.of("example.org", "doi.org", "cnki.net"),
                Arbitraries.of("/a", "/a?b=1,2;c:d", "/x(1)y", "/p!q", "/path/to/page.html", ""))
                .as((s, h, p) -> s + h + p + "z");
    }

    private static Arbitrary<String> number() {
        return Arbitraries.of("1,000", "3:2", "12,345.6", "2020", "1,000,000", "10:30");
    }

    private static Arbitrary<String> email() {
        return Arbitraries.of("li.ming@example.edu.cn", "editor@journal.org");
    }

    private static Arbitrary<String> doi() {
        return Arbitraries.of("10.1000/abc", "10.16267/j.cnki.1005-4812.2023.05.001", "10.1162/isec_a_00351");
    }
}

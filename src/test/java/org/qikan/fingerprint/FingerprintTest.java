package org.qikan.fingerprint;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A {@link Fingerprint} names a sequence of fields: the same fields the same key, other fields another key. */
class FingerprintTest {

    @Property(tries = 500)
    void sameFieldsSameKeyOf32HexDigits(@ForAll("fields") List<String> fields) {
        String key = of(fields);
        assertEquals(key, of(fields));
        assertTrue(key.matches("[0-9a-f]{32}"), key);
    }

    @Property(tries = 500)
    void otherFieldsOtherKey(@ForAll("fields") List<String> one, @ForAll("fields") List<String> other) {
        Assume.that(!one.equals(other));
        assertNotEquals(of(one), of(other), one + " / " + other);
    }

    @Property(tries = 300)
    void fieldsCannotBeCutElsewhere(@ForAll("text") String text, @ForAll("text") String more) {
        Assume.that(!text.isEmpty() && !more.isEmpty());
        String joined = text + more;
        assertNotEquals(of(List.of(text, more)), of(List.of(joined.substring(0, text.length() - 1), joined.substring(text.length() - 1))));
        assertNotEquals(of(List.of(text, more)), of(List.of(joined)));
    }

    @Example
    void bytesAfterAFieldCountAsTheyAre() {
        String one = Fingerprint.start().add("a.css").addBytes(new byte[] {1, 2}).hex();
        String other = Fingerprint.start().add("a.css").addBytes(new byte[] {1, 3}).hex();
        assertNotEquals(one, other);
    }

    @Example
    void longerThanTheFirstBuffer() {
        String big = "正文".repeat(10_000);
        assertNotEquals(of(List.of(big)), of(List.of(big + "。")));
        assertEquals(of(List.of(big, big)), of(List.of(big, big)));
    }

    private static String of(List<String> fields) {
        Fingerprint key = Fingerprint.start();
        fields.forEach(key::add);
        return key.hex();
    }

    @Provide
    Arbitrary<List<String>> fields() {
        return text().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("ab:0123456789正文。\n").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(40));
    }
}

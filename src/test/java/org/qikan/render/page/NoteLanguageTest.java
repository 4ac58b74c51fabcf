package org.qikan.render.page;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A note's language ({@code en} for a note with Latin letters and no Han character outside its tags) is what
 * the tags stripped by a regular expression and {@code \p{IsHan}} / {@code \p{IsLatin}} give, for every HTML.
 */
class NoteLanguageTest {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    private static String byRegularExpressions(String html) {
        String text = TAG.matcher(html).replaceAll("");
        return HAN.matcher(text).find() || !LATIN.matcher(text).find() ? null : PageModels.EN;
    }

    @Property(tries = 2000)
    void sameAsTheRegularExpressions(@ForAll("html") String html) {
        assertEquals(byRegularExpressions(html), PageModels.languageOf(html), html);
    }

    @Example
    void examples() {
        assertEquals(PageModels.EN, PageModels.languageOf("<i>Foreign Affairs</i>, 2023, p. 5."));
        assertEquals(null, PageModels.languageOf("<a href=\"#x\">Nye</a>：《软实力》"));
        assertEquals(null, PageModels.languageOf("<span>2023</span>"));
        assertEquals(PageModels.EN, PageModels.languageOf("Ｃｈｉｎａ Ébène"));
        // a surrogate pair cut by a tag is still one character once the tags are gone: U+20000 is Han
        assertEquals(null, PageModels.languageOf("abc\uD840<b>\uDC00"));
    }

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.of("<", ">", "<i>", "</i>", "<a href=\"x\">", "a", "Z", "é", "ʃ", "Ｃ", "中", "國", "々", "〇", "，", " ", "1",
                        "\uD840", "\uDC00", "\uD840\uDC00", "\uD835\uDC00", "ⅷ", "ﬁ", "Ω", "ア")
                .list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }
}

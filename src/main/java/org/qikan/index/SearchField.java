package org.qikan.index;

import java.util.List;
import java.util.function.Function;
import org.qikan.content.Bilingual;

/**
 * The fields of the index, with the short names the serialized index uses (they are repeated in
 * every posting, so they are kept short) and lunr field boosts. lunr 2.3.9 multiplies a field's boost
 * into its document vectors at build time ({@code lunr.Builder#createFieldVectors}); with BM25's
 * saturation a single term scores at most 2.2 × idf in a field before the boost, so a boost of 3 or
 * more on titles, keywords and authors ranks those hits above any body-only hit. Notes weigh a quarter of the
 * body: in journals of this field they hold most of the literature cited, but a word in the text says
 * more about an article than the same word in a reference. DOI, CLC number and article number
 * ({@link #IDENTIFIERS}) weigh as keywords.
 */
public enum SearchField {
    TITLE_ZH("tz", 10, d -> d.title().zh()),
    TITLE_EN("te", 10, d -> d.title().en()),
    AUTHORS_ZH("az", 6, d -> lines(d.authors().zh())),
    AUTHORS_EN("ae", 6, d -> lines(d.authors().en())),
    KEYWORDS_ZH("kz", 8, d -> lines(d.keywords().zh())),
    KEYWORDS_EN("ke", 8, d -> lines(d.keywords().en())),
    ABSTRACT_ZH("sz", 2, d -> side(d.abstractText(), true)),
    ABSTRACT_EN("se", 2, d -> side(d.abstractText(), false)),
    BODY("b", 1, SearchDocument::bodyText),
    NOTES("n", 0.25, SearchDocument::notesText),
    IDENTIFIERS("i", 8, SearchDocument::identifiersText);

    private final String key;
    private final double boost;
    private final Function<SearchDocument, String> text;

    SearchField(String key, double boost, Function<SearchDocument, String> text) {
        this.key = key;
        this.boost = boost;
        this.text = text;
    }

    public String key() {
        return key;
    }

    public double boost() {
        return boost;
    }

    /**
     * The source of the {@linkplain TextChunks chunks} the field's text is cut into, whose halves the
     * index records for each posting (body and notes); {@code null} for a field not cut into chunks.
     */
    public TextChunks.Source chunks() {
        return switch (this) {
            case BODY -> TextChunks.Source.BODY;
            case NOTES -> TextChunks.Source.NOTES;
            default -> null;
        };
    }

    /** The field's text in a document, {@code ""} where it has none; list items on lines of their own. */
    public String textOf(SearchDocument document) {
        String value = text.apply(document);
        return value == null ? "" : value;
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String side(Bilingual text, boolean zh) {
        return text == null ? "" : zh ? text.zh() : text.en();
    }
}

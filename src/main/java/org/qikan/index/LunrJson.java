package org.qikan.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a whole {@link LunrIndex} as the JSON {@code lunr.Index.load} reads (the shape of
 * {@code lunr.Index#toJSON}): version, fields, fieldVectors as {@code ["field/ref", [term, weight, …]]},
 * invertedIndex sorted by term as {@code [term, {"_index": n, field: {ref: {}}}]}, and an empty
 * search pipeline (the tokenizer has done all the work). Weights are written from their thousandths
 * with no exponent and no locale, the shortest form, as {@code JSON.stringify} writes them. This is
 * the single-file export for tools ({@code search/lunr-index.json}); the site's search reads the
 * compact parts ({@link CompactParts}), which the browser expands into the same form.
 */
public final class LunrJson {
    private static final JsonFactory JSON = new JsonFactory();

    private LunrJson() {
    }

    public static byte[] toBytes(LunrIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(index, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(LunrIndex index, JsonGenerator json) throws IOException {
        List<SearchField> fields = index.fields();
        json.writeStartObject();
        json.writeStringField("version", LunrIndex.LUNR_VERSION);
        json.writeArrayFieldStart("fields");
        for (SearchField field : fields) {
            json.writeString(field.key());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("fieldVectors");
        LunrIndex.FieldVector[][] vectors = index.vectors();
        for (int d = 0; d < vectors.length; d++) {
            for (int f = 0; f < fields.size(); f++) {
                if (vectors[d][f].size() > 0) {
                    writeVector(fields.get(f).key() + "/" + d, vectors[d][f], json);
                }
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("invertedIndex");
        for (int term : index.termsInOrder()) {
            writePosting(index, term, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("pipeline");
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeVector(String fieldRef, LunrIndex.FieldVector vector, JsonGenerator json) throws IOException {
        json.writeStartArray();
        json.writeString(fieldRef);
        json.writeStartArray();
        for (int i = 0; i < vector.size(); i++) {
            json.writeNumber(vector.terms()[i]);
            json.writeNumber(thousandths(vector.weights()[i]));
        }
        json.writeEndArray();
        json.writeEndArray();
    }

    private static void writePosting(LunrIndex index, int term, JsonGenerator json) throws IOException {
        json.writeStartArray();
        json.writeString(index.terms().get(term));
        json.writeStartObject();
        json.writeNumberField("_index", term);
        int[][] byField = index.postings().get(term);
        for (int f = 0; f < byField.length; f++) {
            json.writeObjectFieldStart(index.fields().get(f).key());
            for (int doc : byField[f]) {
                json.writeObjectFieldStart(Integer.toString(doc));
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    /** 1234 → "1.234", 2000 → "2", 100 → "0.1", 5 → "0.005": the number {@code k / 1000} as JavaScript prints it. */
    static String thousandths(long k) {
        long abs = Math.abs(k);
        long whole = abs / 1000;
        int fraction = (int) (abs % 1000);
        StringBuilder out = new StringBuilder(12);
        if (k < 0) {
            out.append('-');
        }
        out.append(whole);
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 100));
            fraction %= 100;
            if (fraction != 0) {
                out.append((char) ('0' + fraction / 10));
                fraction %= 10;
                if (fraction != 0) {
                    out.append((char) ('0' + fraction));
                }
            }
        }
        return out.toString();
    }
}

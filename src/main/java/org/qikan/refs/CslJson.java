package org.qikan.refs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article's references as CSL-JSON (the input format of citeproc processors and reference managers):
 * one item per full reference, in note order, with the note's citation text as {@code note}.
 * Chinese names are given whole ({@code literal}); English ones as family and given names.
 */
public final class CslJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private CslJson() {
    }

    public static String of(String articleId, List<Reference> references) {
        ArrayNode items = JSON.createArrayNode();
        int n = 0;
        for (Reference r : references) {
            ObjectNode item = items.addObject();
            item.put("id", articleId + "-note-" + r.note() + "-" + (++n));
            item.put("type", r.type());
            item.put("title", r.title());
            ArrayNode authors = item.putArray("author");
            r.authors().forEach(a -> name(authors.addObject(), a));
            putIfPresent(item, "container-title", r.container());
            putIfPresent(item, "publisher", r.publisher());
            putIfPresent(item, "issue", r.issue());
            putIfPresent(item, "page", r.page());
            if (r.year() != null) {
                item.putObject("issued").putArray("date-parts").addArray().add(Integer.parseInt(r.year()));
            }
            item.put("note", r.text());
        }
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void name(ObjectNode author, String name) {
        int space = name.lastIndexOf(' ');
        if (HAN.matcher(name).find() || space < 0) {
            author.put("literal", name);
        } else {
            author.put("family", name.substring(space + 1));
            author.put("given", name.substring(0, space));
        }
    }

    private static void putIfPresent(ObjectNode item, String key, String value) {
        if (value != null) {
            item.put(key, value);
        }
    }
}

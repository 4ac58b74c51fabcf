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
 * Chinese names and organisations are given whole ({@code literal}); English names of persons as family and given
 * names.
 */
public final class CslJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:of|for|on|the|Department|Ministry|Office|Council|Commission|"
            + "Institute|Center|Centre|Agency|Government|House|Parliament|University|Association|Bank|Fund|Organi[sz]ation)\\b");

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
            if (!r.translators().isEmpty()) {
                ArrayNode translators = item.putArray("translator");
                r.translators().forEach(t -> name(translators.addObject(), t));
            }
            putIfPresent(item, "container-title", r.container());
            putIfPresent(item, "publisher", r.publisher());
            putIfPresent(item, "publisher-place", r.place());
            putIfPresent(item, "volume", r.volume());
            putIfPresent(item, "issue", r.issue());
            putIfPresent(item, "page", r.page());
            putIfPresent(item, "URL", r.url());
            putIfPresent(item, "DOI", r.doi());
            if (r.date() != null) {
                ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
                for (int part : CitationDate.parts(r.date())) {
                    parts.add(part);
                }
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
        if (HAN.matcher(name).find() || space < 0 || ORGANISATION.matcher(name).find()) {
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

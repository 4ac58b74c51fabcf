package org.qikan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.qikan.meta.ScholarlyRecord;

import java.util.ArrayList;
import java.util.List;

/** CSL-JSON: the CSL processor's own input format, read by Zotero, Pandoc and citeproc-js. */
public final class CslJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private CslJson() {
    }

    public static String of(List<ScholarlyRecord> records) {
        StringJsonBuilderFactory factory = new StringJsonBuilderFactory();
        List<Object> items = new ArrayList<>();
        try {
            for (ScholarlyRecord r : records) {
                String json = (String) CslItems.chinese(r).toJson(factory.createJsonBuilder());
                items.add(JSON.readValue(json, java.util.Map.class));
            }
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSL-JSON", e);
        }
    }
}

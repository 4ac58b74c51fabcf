package org.qikan.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.util.Map;

/** The interface words of the pages ("目录" / "Contents"…) from the theme's {@code labels.yaml}, by language. */
public final class Labels {
    public static final String FILE = "labels.yaml";

    private Labels() {
    }

    public static Map<String, Object> load(Theme theme) throws IOException {
        byte[] yaml = theme.templateFile(FILE)
                .orElseThrow(() -> new IOException("the theme has no templates/" + FILE));
        return new YAMLMapper().readValue(yaml, new TypeReference<Map<String, Object>>() { });
    }
}

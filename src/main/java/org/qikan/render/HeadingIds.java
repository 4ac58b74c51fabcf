package org.qikan.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each body heading an id from its place in the hierarchy ({@code s1}, {@code s1-2},
 * {@code s1-2-1}…): stable, unique in the page, and the same whatever the heading's language.
 * Also collects the outline.
 */
final class HeadingIds {
    static final DataKey<HeadingIds> KEY = new DataKey<>("QIKAN_HEADING_IDS", new HeadingIds());
    private static final int TOP_LEVEL = 2;
    private static final int DEEPEST = 6;

    private final Map<Node, String> idByHeading = new IdentityHashMap<>();
    private final List<OutlineEntry> outline = new ArrayList<>();

    private HeadingIds() {
    }

    static HeadingIds build(Document document) {
        HeadingIds ids = new HeadingIds();
        int[] counters = new int[DEEPEST + 1];
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                int level = Math.max(TOP_LEVEL, heading.getLevel());
                counters[level]++;
                for (int deeper = level + 1; deeper <= DEEPEST; deeper++) {
                    counters[deeper] = 0;
                }
                StringBuilder id = new StringBuilder("s");
                for (int l = TOP_LEVEL; l <= level; l++) {
                    id.append(l == TOP_LEVEL ? "" : "-").append(counters[l]);
                }
                ids.idByHeading.put(heading, id.toString());
                ids.outline.add(new OutlineEntry(level, id.toString(), plainText(heading)));
            }
        }
        return ids;
    }

    /** The heading's words without Markdown marks or note citations. */
    private static String plainText(Heading heading) {
        return heading.getText().toString()
                .replaceAll("\\[\\^[^\\]]*]", "")
                .replaceAll("[*_`]", "")
                .replaceAll("<[^>]*>", "")
                .strip();
    }

    List<OutlineEntry> outline() {
        return outline;
    }

    static AttributeProvider attributeProvider() {
        return new AttributeProvider() {
            @Override
            public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
                if (node instanceof Heading && part == AttributablePart.NODE) {
                    String id = KEY.get(node.getDocument()).idByHeading.get(node);
                    if (id != null) {
                        attributes.replaceValue("id", id);
                    }
                }
            }
        };
    }
}

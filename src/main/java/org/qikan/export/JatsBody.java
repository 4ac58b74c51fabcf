package org.qikan.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Turns an article body's rendered HTML into JATS body content: headings open nested {@code <sec>}s,
 * paragraphs, quotations, lists and tables map to their JATS elements, note citations become
 * {@code <xref ref-type="fn">} to the notes' {@code <fn>}, and web links {@code <ext-link>}.
 */
final class JatsBody {
    /** Nesting of inline markup kept as JATS elements; deeper markup (legal but pathological Markdown) keeps its text. */
    private static final int MAX_INLINE_DEPTH = 64;
    private int inlineDepth;
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** A note reference inside {@code <sup>}; the query parsed once (Jsoup parses a query string on every select). */
    private static final org.jsoup.select.Evaluator NOTE_REF = org.jsoup.select.QueryParser.parse("a[role=doc-noteref]");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final XMLStreamWriter xml;
    /** The heading levels of the open {@code <sec>}s, innermost first. */
    private final Deque<Integer> open = new ArrayDeque<>();

    JatsBody(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Opens a section for a symposium piece, closing every open one. */
    void piece(String id, String title) throws XMLStreamException {
        closeSections(1);
        xml.writeStartElement("sec");
        xml.writeAttribute("id", id);
        xml.writeAttribute("sec-type", "piece");
        xml.writeStartElement("title");
        xml.writeCharacters(title);
        xml.writeEndElement();
        open.push(1);
    }

    void html(String html) throws XMLStreamException {
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            block(node);
        }
    }

    void finish() throws XMLStreamException {
        closeSections(0);
    }

    private void block(Node node) throws XMLStreamException {
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                xml.writeStartElement("p");
                xml.writeCharacters(text.text());
                xml.writeEndElement();
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.tagName();
        if (HEADINGS.contains(tag)) {
            heading(e);
        } else if (tag.equals("p")) {
            container("p", e);
        } else if (tag.equals("blockquote")) {
            xml.writeStartElement("disp-quote");
            blocksOrParagraph(e);
            xml.writeEndElement();
        } else if (tag.equals("ul") || tag.equals("ol")) {
            list(e);
        } else if (tag.equals("table")) {
            xml.writeStartElement("table-wrap");
            caption(e.selectFirst("> caption"));
            table(e);
            xml.writeEndElement();
        } else if (tag.equals("pre")) {
            xml.writeStartElement("preformat");
            xml.writeCharacters(e.wholeText());
            xml.writeEndElement();
        } else if (tag.equals("hr")) {
            return;
        } else if (tag.equals("img")) {
            xml.writeStartElement("fig");
            graphic(e);
            xml.writeEndElement();
        } else if (tag.equals("figure") && e.hasClass("figure-missing")) {
            xml.writeStartElement("fig"); // a figure the text edition does not hold: its caption, no graphic
            caption(e.selectFirst("> figcaption"));
            xml.writeEndElement();
        } else if (isBlockContainer(e)) {
            for (Node child : e.childNodes()) {
                block(child);
            }
        } else {
            xml.writeStartElement("p");
            inline(e);
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
    }

    private static boolean isBlockContainer(Element e) {
        return e.tagName().equals("div") || e.tagName().equals("section") || e.tagName().equals("figure");
    }

    private void heading(Element h) throws XMLStreamException {
        int level = h.tagName().charAt(1) - '0';
        closeSections(level);
        xml.writeStartElement("sec");
        if (!h.id().isEmpty()) {
            xml.writeAttribute("id", h.id());
        }
        container("title", h);
        open.push(level);
    }

    private void closeSections(int level) throws XMLStreamException {
        while (!open.isEmpty() && open.peek() >= level) {
            open.pop();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
    }

    private void blocksOrParagraph(Element e) throws XMLStreamException {
        boolean blocks = e.children().stream().anyMatch(c -> c.isBlock());
        if (blocks) {
            for (Node child : e.childNodes()) {
                block(child);
            }
        } else {
            container("p", e);
        }
    }

    private void list(Element e) throws XMLStreamException {
        xml.writeStartElement("list");
        xml.writeAttribute("list-type", e.tagName().equals("ol") ? "order" : "bullet");
        for (Element item : e.children()) {
            xml.writeStartElement("list-item");
            blocksOrParagraph(item);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void table(Element table) throws XMLStreamException {
        xml.writeStartElement("table");
        for (Element part : table.children()) {
            if (Set.of("thead", "tbody", "tfoot").contains(part.tagName())) {
                xml.writeStartElement(part.tagName());
                for (Element row : part.children()) {
                    row(row);
                }
                xml.writeEndElement();
            } else if (part.tagName().equals("tr")) {
                row(part);
            }
        }
        xml.writeEndElement();
    }

    /** A table's or figure's caption as JATS {@code <caption><p>…</p></caption>}; nothing when there is none. */
    private void caption(Element caption) throws XMLStreamException {
        if (caption == null) {
            return;
        }
        xml.writeStartElement("caption");
        container("p", caption);
        xml.writeEndElement();
    }

    private void row(Element row) throws XMLStreamException {
        xml.writeStartElement("tr");
        for (Element cell : row.children()) {
            xml.writeStartElement(cell.tagName().equals("th") ? "th" : "td");
            inline(cell);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void container(String name, Element e) throws XMLStreamException {
        xml.writeStartElement(name);
        inline(e);
        xml.writeEndElement();
    }

    /** The element's children as JATS inline content; past {@link #MAX_INLINE_DEPTH} levels of markup, its text alone. */
    private void inline(Element e) throws XMLStreamException {
        if (++inlineDepth > MAX_INLINE_DEPTH) {
            xml.writeCharacters(e.text().replace("\u2060", ""));
            inlineDepth--;
            return;
        }
        try {
            inlineChildren(e);
        } finally {
            inlineDepth--;
        }
    }

    private void inlineChildren(Element e) throws XMLStreamException {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                xml.writeCharacters(text.text().replace("\u2060", ""));
            } else if (child instanceof Element c) {
                inlineElement(c);
            }
        }
    }

    private void inlineElement(Element c) throws XMLStreamException {
        switch (c.tagName()) {
            case "em", "i", "cite" -> wrap("italic", c);
            case "strong", "b" -> wrap("bold", c);
            case "sub" -> wrap("sub", c);
            case "code" -> wrap("monospace", c);
            case "br" -> xml.writeEmptyElement("break");
            case "img" -> inlineGraphic(c);
            case "sup" -> {
                Element ref = c.selectFirst(NOTE_REF);
                if (ref != null) {
                    xml.writeStartElement("xref");
                    xml.writeAttribute("ref-type", "fn");
                    xml.writeAttribute("rid", ref.attr("href").substring(1));
                    xml.writeCharacters(ref.text());
                    xml.writeEndElement();
                } else {
                    wrap("sup", c);
                }
            }
            case "a" -> {
                String href = c.attr("href");
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    xml.writeStartElement("ext-link");
                    xml.writeAttribute("ext-link-type", "uri");
                    xml.writeAttribute("xlink", XLINK, "href", href);
                    inline(c);
                    xml.writeEndElement();
                } else {
                    inline(c);
                }
            }
            default -> inline(c);
        }
    }

    private void wrap(String name, Element c) throws XMLStreamException {
        xml.writeStartElement(name);
        inline(c);
        xml.writeEndElement();
    }

    private void graphic(Element img) throws XMLStreamException {
        xml.writeEmptyElement("graphic");
        xml.writeAttribute("xlink", XLINK, "href", img.attr("src"));
    }

    private void inlineGraphic(Element img) throws XMLStreamException {
        xml.writeEmptyElement("inline-graphic");
        xml.writeAttribute("xlink", XLINK, "href", img.attr("src"));
    }
}

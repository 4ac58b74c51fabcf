package org.qikan.export;

import org.qikan.content.Article;
import org.qikan.content.Bilingual;
import org.qikan.content.Journal;
import org.qikan.content.Piece;
import org.qikan.meta.Contributor;
import org.qikan.meta.ScholarlyRecord;
import org.qikan.render.BodyPart;
import org.qikan.render.Note;
import org.qikan.render.RenderedArticle;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An article as JATS 1.3 XML, Journal Archiving and Interchange tag set, following the JATS4R
 * recommendations where they apply: front matter in both languages ({@code trans-title-group},
 * {@code trans-abstract}, a {@code kwd-group} per language, contributors with {@code name-alternatives}
 * and affiliations), the body in nested {@code sec}s, every note an {@code fn} in the {@code fn-group}
 * with its citations kept as {@code xref}s, and the notes that cite a work in a {@code ref-list}.
 */
public final class Jats {
    static final String DOCTYPE = "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN\" "
            + "\"JATS-archivearticle1-3.dtd\">";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private Jats() {
    }

    public static String of(RenderedArticle rendered, ScholarlyRecord record) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD(DOCTYPE);
            xml.writeCharacters("\n");
            xml.writeStartElement("article");
            xml.writeNamespace("xlink", XLINK);
            xml.writeAttribute("dtd-version", "1.3");
            xml.writeAttribute("article-type", "research-article");
            xml.writeAttribute("xml:lang", "zh");
            xml.writeCharacters("\n");
            front(xml, rendered.journal(), rendered.article(), record);
            body(xml, rendered);
            back(xml, rendered.body().notes(), record.references());
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JATS for " + record.id() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The JATS namespace OAI-PMH records use for JATS (as PubMed Central's repository does). */
    static final String OAI_NAMESPACE = "https://jats.nlm.nih.gov/ns/archiving/1.3/";

    /** The article's front matter alone, as an {@code <article>} in the JATS namespace: an OAI-PMH record's metadata. */
    static void frontMatterRecord(XMLStreamWriter xml, RenderedArticle rendered, ScholarlyRecord record) throws XMLStreamException {
        xml.writeStartElement("article");
        xml.writeDefaultNamespace(OAI_NAMESPACE);
        xml.writeNamespace("xlink", XLINK);
        xml.writeAttribute("dtd-version", "1.3");
        xml.writeAttribute("article-type", "research-article");
        xml.writeAttribute("xml:lang", "zh");
        front(xml, rendered.journal(), rendered.article(), record);
        xml.writeEndElement();
    }

    private static void front(XMLStreamWriter xml, Journal journal, Article article, ScholarlyRecord r) throws XMLStreamException {
        xml.writeStartElement("front");
        xml.writeStartElement("journal-meta");
        text(xml, "journal-id", journal.slug(), "journal-id-type", "publisher-id");
        xml.writeStartElement("journal-title-group");
        text(xml, "journal-title", r.journalTitle().zhOrEn());
        if (r.journalTitle().hasChinese() && r.journalTitleAlternate() != null) {
            xml.writeStartElement("journal-title");
            xml.writeAttribute("xml:lang", "zh-Hant");
            xml.writeCharacters(r.journalTitleAlternate());
            xml.writeEndElement();
        }
        if (r.journalTitle().hasChinese() && r.journalTitle().hasEnglish()) {
            xml.writeStartElement("trans-title-group");
            xml.writeAttribute("xml:lang", "en");
            text(xml, "trans-title", r.journalTitle().en());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (r.issn() != null) {
            text(xml, "issn", r.issn(), "publication-format", "print");
        }
        if (!r.publisher().isEmpty()) {
            xml.writeStartElement("publisher");
            text(xml, "publisher-name", r.publisher().zhOrEn());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        articleMeta(xml, article, r);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void articleMeta(XMLStreamWriter xml, Article article, ScholarlyRecord r) throws XMLStreamException {
        xml.writeStartElement("article-meta");
        if (r.doi() != null) {
            text(xml, "article-id", r.doi(), "pub-id-type", "doi");
        }
        if (!r.section().isEmpty()) {
            xml.writeStartElement("article-categories");
            xml.writeStartElement("subj-group");
            xml.writeAttribute("subj-group-type", "heading");
            text(xml, "subject", r.section().zhOrEn());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        titles(xml, article.title(), article.subtitle());
        contributors(xml, r.authors());
        pubDate(xml, r);
        if (r.volume() != null) {
            text(xml, "volume", String.valueOf(r.volume()));
        }
        text(xml, "issue", String.valueOf(r.issue()));
        if (r.firstPage() != null) {
            text(xml, "fpage", String.valueOf(r.firstPage()));
        }
        if (r.lastPage() != null) {
            text(xml, "lpage", String.valueOf(r.lastPage()));
        }
        if (r.license() != null) {
            xml.writeStartElement("permissions");
            xml.writeStartElement("license");
            xml.writeAttribute("xlink", XLINK, "href", r.license().url());
            text(xml, "license-p", r.license().name());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (r.addresses().zhUrl() != null) {
            xml.writeEmptyElement("self-uri");
            xml.writeAttribute("xlink", XLINK, "href", r.addresses().zhUrl());
        }
        if (r.abstractText().hasChinese()) {
            paragraphElement(xml, "abstract", "zh", r.abstractText().zh());
        }
        if (r.abstractText().hasEnglish()) {
            paragraphElement(xml, r.abstractText().hasChinese() ? "trans-abstract" : "abstract", "en", r.abstractText().en());
        }
        keywords(xml, "zh", r.keywords().zh());
        keywords(xml, "en", r.keywords().en());
        if (!article.funding().isEmpty()) {
            xml.writeStartElement("funding-group");
            text(xml, "funding-statement", article.funding().zhOrEn());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void titles(XMLStreamWriter xml, Bilingual title, Bilingual subtitle) throws XMLStreamException {
        xml.writeStartElement("title-group");
        text(xml, "article-title", title.zhOrEn());
        if (subtitle.hasChinese() || (!title.hasChinese() && subtitle.hasEnglish())) {
            text(xml, "subtitle", subtitle.zhOrEn());
        }
        if (title.hasChinese() && title.hasEnglish()) {
            xml.writeStartElement("trans-title-group");
            xml.writeAttribute("xml:lang", "en");
            text(xml, "trans-title", title.en());
            if (subtitle.hasEnglish()) {
                text(xml, "trans-subtitle", subtitle.en());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * The {@code contrib-group}: each author with their names and an {@code xref} to each of their units, then one
     * {@code aff-alternatives} per unit ({@link Contributor#units()}: an author of two units cites two), a unit that
     * several authors share written once.
     */
    static void contributors(XMLStreamWriter xml, List<Contributor> authors) throws XMLStreamException {
        if (authors.isEmpty()) {
            return;
        }
        Map<Bilingual, String> affiliations = new LinkedHashMap<>();
        authors.stream().flatMap(a -> a.units().stream())
                .forEach(a -> affiliations.putIfAbsent(a, "aff" + (affiliations.size() + 1)));
        xml.writeStartElement("contrib-group");
        for (Contributor author : authors) {
            xml.writeStartElement("contrib");
            xml.writeAttribute("contrib-type", "author");
            xml.writeStartElement("name-alternatives");
            if (author.name().hasChinese()) {
                text(xml, "string-name", author.name().zh(), "xml:lang", "zh");
            }
            if (author.name().hasEnglish()) {
                text(xml, "string-name", author.name().en(), "xml:lang", "en");
            }
            xml.writeEndElement();
            for (Bilingual unit : author.units()) {
                xml.writeEmptyElement("xref");
                xml.writeAttribute("ref-type", "aff");
                xml.writeAttribute("rid", affiliations.get(unit));
            }
            xml.writeEndElement();
        }
        for (Map.Entry<Bilingual, String> aff : affiliations.entrySet()) {
            xml.writeStartElement("aff-alternatives");
            xml.writeAttribute("id", aff.getValue());
            if (aff.getKey().hasChinese()) {
                affiliation(xml, "zh", aff.getKey().zh());
            }
            if (aff.getKey().hasEnglish()) {
                affiliation(xml, "en", aff.getKey().en());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void affiliation(XMLStreamWriter xml, String lang, String name) throws XMLStreamException {
        xml.writeStartElement("aff");
        xml.writeAttribute("xml:lang", lang);
        text(xml, "institution", name);
        xml.writeEndElement();
    }

    private static void pubDate(XMLStreamWriter xml, ScholarlyRecord r) throws XMLStreamException {
        xml.writeStartElement("pub-date");
        xml.writeAttribute("publication-format", "print");
        xml.writeAttribute("date-type", "pub");
        if (r.published() != null) {
            xml.writeAttribute("iso-8601-date", r.published().toString());
            text(xml, "day", String.format(Locale.ROOT, "%02d", r.published().getDayOfMonth()));
            text(xml, "month", String.format(Locale.ROOT, "%02d", r.published().getMonthValue()));
        }
        text(xml, "year", String.valueOf(r.year()));
        xml.writeEndElement();
    }

    private static void keywords(XMLStreamWriter xml, String lang, List<String> keywords) throws XMLStreamException {
        if (keywords.isEmpty()) {
            return;
        }
        xml.writeStartElement("kwd-group");
        xml.writeAttribute("xml:lang", lang);
        xml.writeAttribute("kwd-group-type", "author");
        for (String k : keywords) {
            text(xml, "kwd", k);
        }
        xml.writeEndElement();
    }

    private static void body(XMLStreamWriter xml, RenderedArticle rendered) throws XMLStreamException {
        xml.writeStartElement("body");
        xml.writeCharacters("\n");
        JatsBody body = new JatsBody(xml);
        for (BodyPart part : rendered.body().parts()) {
            if (part.pieceId() != null) {
                Piece piece = rendered.article().pieces().stream().filter(p -> p.id().equals(part.pieceId())).findFirst().orElse(null);
                body.piece("piece-" + part.pieceId(), piece == null ? part.pieceId() : piece.title().zhOrEn());
            }
            body.html(part.html());
        }
        body.finish();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void back(XMLStreamWriter xml, List<Note> notes, List<org.qikan.meta.CitedWork> references) throws XMLStreamException {
        if (notes.isEmpty() && references.isEmpty()) {
            return;
        }
        xml.writeStartElement("back");
        if (!references.isEmpty()) {
            xml.writeStartElement("ref-list");
            int n = 1;
            for (org.qikan.meta.CitedWork reference : references) {
                xml.writeStartElement("ref");
                xml.writeAttribute("id", "ref-" + n++);
                text(xml, "mixed-citation", reference.text());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        if (!notes.isEmpty()) {
            xml.writeStartElement("fn-group");
            for (Note note : notes) {
                xml.writeStartElement("fn");
                xml.writeAttribute("id", note.id());
                text(xml, "label", String.valueOf(note.number()));
                JatsBody content = new JatsBody(xml);
                content.html(note.inline() ? "<p>" + note.html() + "</p>" : note.html());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void paragraphElement(XMLStreamWriter xml, String name, String lang, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("xml:lang", lang);
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\\n\\s*\\n")));
        for (String p : paragraphs) {
            text(xml, "p", p.strip());
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value, String... attributes) throws XMLStreamException {
        xml.writeStartElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}

package org.qikan.export;

import org.qikan.content.Site;
import org.qikan.meta.HeadTags;
import org.qikan.meta.ScholarlyRecord;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;

/**
 * {@code oai.xml}: the archive as an OAI-PMH Static Repository (the Open Archives "static repository"
 * format): {@code Identify}, {@code ListMetadataFormats}, and every article as a record in {@code oai_dc}
 * (unqualified Dublin Core) and in {@code jats} (the JATS front matter, in the JATS namespace). A Static
 * Repository Gateway that the publisher registers it with answers harvesters' OAI-PMH requests from it.
 * Written with a {@code base_url} and a {@code contact_email} (OAI-PMH's {@code adminEmail}).
 */
public final class OaiStaticRepository {
    public static final String FILE = "oai.xml";
    private static final String SR = "http://www.openarchives.org/OAI/2.0/static-repository";
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private OaiStaticRepository() {
    }

    /** @param articles each rendered article with its record, in edition order */
    public static String of(Site site, List<ExportedArticle> articles) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("Repository");
            xml.writeDefaultNamespace(SR);
            xml.writeNamespace("oai", OAI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation",
                    SR + " http://www.openarchives.org/OAI/2.0/static-repository.xsd");
            identify(xml, site, articles.stream().map(ExportedArticle::record).toList());
            formats(xml);
            records(xml, site, articles, "oai_dc");
            records(xml, site, articles, "jats");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the OAI static repository: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void identify(XMLStreamWriter xml, Site site, List<ScholarlyRecord> records) throws XMLStreamException {
        xml.writeStartElement("Identify");
        oai(xml, "repositoryName", site.title().zhOrEn());
        oai(xml, "baseURL", baseUrl(site));
        oai(xml, "protocolVersion", "2.0");
        oai(xml, "adminEmail", site.contactEmail());
        oai(xml, "earliestDatestamp", records.stream().map(OaiStaticRepository::datestamp).sorted().findFirst().orElse("1970-01-01"));
        oai(xml, "deletedRecord", "no");
        oai(xml, "granularity", "YYYY-MM-DD");
        xml.writeEndElement();
    }

    /**
     * The static repository's {@code baseURL}: behind a gateway, the gateway's address followed by the
     * file's address without its scheme, as the Static Repository specification asks; with no gateway
     * given, the file's own address.
     */
    static String baseUrl(Site site) {
        String own = site.baseUrl() + FILE;
        return site.oaiGateway() == null ? own : site.oaiGateway() + own.replaceFirst("(?i)^https?://", "");
    }

    private static void formats(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("ListMetadataFormats");
        format(xml, "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC);
        format(xml, "jats", "https://jats.nlm.nih.gov/archiving/1.3/xsd/JATS-archivearticle1-3.xsd", Jats.OAI_NAMESPACE);
        xml.writeEndElement();
    }

    private static void format(XMLStreamWriter xml, String prefix, String schema, String namespace) throws XMLStreamException {
        xml.writeStartElement("oai", "metadataFormat", OAI);
        oai(xml, "metadataPrefix", prefix);
        oai(xml, "schema", schema);
        oai(xml, "metadataNamespace", namespace);
        xml.writeEndElement();
    }

    private static void records(XMLStreamWriter xml, Site site, List<ExportedArticle> articles, String prefix)
            throws XMLStreamException {
        xml.writeStartElement("ListRecords");
        xml.writeAttribute("metadataPrefix", prefix);
        xml.writeCharacters("\n");
        for (ExportedArticle a : articles) {
            ScholarlyRecord r = a.record();
            xml.writeStartElement("oai", "record", OAI);
            xml.writeStartElement("oai", "header", OAI);
            oai(xml, "identifier", identifier(site, r));
            oai(xml, "datestamp", datestamp(r));
            xml.writeEndElement();
            xml.writeStartElement("oai", "metadata", OAI);
            if (prefix.equals("oai_dc")) {
                dublinCore(xml, r);
            } else {
                Jats.frontMatterRecord(xml, a.rendered(), r);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
    }

    private static void dublinCore(XMLStreamWriter xml, ScholarlyRecord r) throws XMLStreamException {
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        dc(xml, "title", r.title().zhOrEn(), "zh");
        if (r.title().hasChinese() && r.title().hasEnglish()) {
            dc(xml, "title", r.title().en(), "en");
        }
        for (var author : r.authors()) {
            dc(xml, "creator", author.name().zhOrEn(), null);
        }
        for (String k : r.keywords().zh()) {
            dc(xml, "subject", k, "zh");
        }
        for (String k : r.keywords().en()) {
            dc(xml, "subject", k, "en");
        }
        if (r.abstractText().hasChinese()) {
            dc(xml, "description", r.abstractText().zh(), "zh");
        }
        if (r.abstractText().hasEnglish()) {
            dc(xml, "description", r.abstractText().en(), "en");
        }
        if (!r.publisher().isEmpty()) {
            dc(xml, "publisher", r.publisher().zhOrEn(), null);
        }
        dc(xml, "date", HeadTags.isoDate(r), null);
        dc(xml, "type", "Text", null);
        dc(xml, "type", "info:eu-repo/semantics/article", null);
        dc(xml, "format", "text/html", null);
        dc(xml, "identifier", r.addresses().zhUrl(), null);
        if (r.doi() != null) {
            dc(xml, "identifier", "doi:" + r.doi(), null);
        }
        dc(xml, "source", r.journalTitle().zhOrEn() + (r.issn() == null ? "" : "; ISSN " + r.issn()) + "; " + r.year()
                + ", " + r.issue() + (r.pageRange() == null ? "" : ": " + r.pageRange()), null);
        dc(xml, "language", "zh", null);
        if (r.license() != null) {
            dc(xml, "rights", r.license().name() + " " + r.license().url(), null);
        }
        xml.writeEndElement();
    }

    /** {@code oai:<host>:<journal>/<issue>/<slug>}. */
    static String identifier(Site site, ScholarlyRecord r) {
        return "oai:" + URI.create(site.baseUrl()).getHost() + ":" + r.id();
    }

    private static String datestamp(ScholarlyRecord r) {
        return r.published() == null ? r.year() + "-01-01" : r.published().toString();
    }

    private static void oai(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("oai", name, OAI);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void dc(XMLStreamWriter xml, String name, String text, String lang) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("dc", name, DC);
        if (lang != null) {
            xml.writeAttribute("xml:lang", lang);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}

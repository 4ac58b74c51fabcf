package org.qikan.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema.org JSON-LD graph of an article page: {@code ScholarlyArticle} → {@code PublicationIssue} →
 * {@code PublicationVolume} (where the issue has a volume) → {@code Periodical}, with the authors as
 * {@code Person} with {@code affiliation}, the other language's title as {@code alternateName}, and the
 * licence. Written ready for a {@code <script type="application/ld+json">}: {@code <} is escaped.
 */
public final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    public static String of(ScholarlyRecord r, View view) {
        ObjectNode article = JSON.createObjectNode();
        article.put("@context", "https://schema.org");
        article.put("@type", "ScholarlyArticle");
        String url = r.addresses().absolute(view.pagePath(r.addresses()));
        if (url != null) {
            article.put("@id", url);
            article.put("url", url);
        }
        article.put("headline", view.pick(r.title()));
        article.put("name", view.pick(r.title()));
        putIf(article, "alternateName", view.other(r.title()));
        article.put("inLanguage", "zh-Hans");
        ArrayNode authors = article.putArray("author");
        r.authors().forEach(a -> authors.add(person(a, view)));
        article.put("datePublished", HeadTags.isoDate(r));
        putIf(article, "pageStart", r.firstPage() == null ? null : String.valueOf(r.firstPage()));
        putIf(article, "pageEnd", r.lastPage() == null ? null : String.valueOf(r.lastPage()));
        putIf(article, "pagination", r.pageRange());
        if (r.doi() != null) {
            ObjectNode doi = article.putObject("identifier");
            doi.put("@type", "PropertyValue");
            doi.put("propertyID", "DOI");
            doi.put("value", r.doi());
            article.put("sameAs", r.doiUrl());
        }
        if (!r.abstractText().isEmpty()) {
            article.put("abstract", view.pick(r.abstractText()));
        }
        if (!view.pick(r.keywords()).isEmpty()) {
            article.put("keywords", String.join(", ", view.pick(r.keywords())));
        }
        if (!r.section().isEmpty()) {
            article.put("articleSection", view.pick(r.section()));
        }
        if (r.license() != null) {
            article.put("license", r.license().url());
        }
        article.set("isPartOf", issue(r, view));
        try {
            return JSON.writeValueAsString(article).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    private static ObjectNode person(Contributor author, View view) {
        ObjectNode person = JSON.createObjectNode();
        person.put("@type", "Person");
        person.put("name", view.pick(author.name()));
        putIf(person, "alternateName", view.other(author.name()));
        List<String> units = Affiliations.units(view.pick(author.affiliation()));
        List<String> others = Affiliations.units(view.other(author.affiliation()));
        if (units.size() == 1) {
            organization(person.putObject("affiliation"), units.get(0), view.other(author.affiliation()));
        } else if (units.size() > 1) {
            ArrayNode all = person.putArray("affiliation"); // one Organization per unit, the other language's by its place
            for (int k = 0; k < units.size(); k++) {
                organization(all.addObject(), units.get(k), others.size() == units.size() ? others.get(k) : null);
            }
        }
        return person;
    }

    private static void organization(ObjectNode org, String name, String alternateName) {
        org.put("@type", "Organization");
        org.put("name", name);
        putIf(org, "alternateName", alternateName);
    }

    private static ObjectNode issue(ScholarlyRecord r, View view) {
        ObjectNode issue = JSON.createObjectNode();
        issue.put("@type", "PublicationIssue");
        issue.put("issueNumber", String.valueOf(r.issue()));
        issue.put("datePublished", HeadTags.isoDate(r));
        ObjectNode periodical = JSON.createObjectNode();
        periodical.put("@type", "Periodical");
        periodical.put("name", view.pick(r.journalTitle()));
        alternateNames(periodical, view.other(r.journalTitle()), r.journalTitleAlternate());
        putIf(periodical, "issn", r.issn());
        if (!r.publisher().isEmpty()) {
            ObjectNode publisher = periodical.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", view.pick(r.publisher()));
        }
        if (r.volume() == null) {
            issue.set("isPartOf", periodical);
        } else {
            ObjectNode volume = issue.putObject("isPartOf");
            volume.put("@type", "PublicationVolume");
            volume.put("volumeNumber", String.valueOf(r.volume()));
            volume.set("isPartOf", periodical);
        }
        return issue;
    }

    /** The other language's name and the name in another script: one value as text, two as a list. */
    private static void alternateNames(ObjectNode node, String otherLanguage, String otherScript) {
        List<String> names = new ArrayList<>();
        for (String name : new String[] {otherLanguage, otherScript}) {
            if (name != null && !name.isBlank() && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() == 1) {
            node.put("alternateName", names.get(0));
        } else if (names.size() > 1) {
            ArrayNode list = node.putArray("alternateName");
            names.forEach(list::add);
        }
    }

    private static void putIf(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}

package org.qikan.meta;

import org.junit.jupiter.api.Test;
import org.qikan.check.Editions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JATS XML of the sample edition's articles, read as an XML consumer reads it (no JATS schema is
 * available from the package registries here, so the structure is checked: the elements JATS 1.3 Archiving
 * requires in their order, both languages in the front matter, and every cross-reference resolving).
 */
class JatsTest {
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private static Document jats(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(Editions.root(Editions.SAMPLE).resolve(path).toFile());
    }

    private static List<String> texts(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static List<String> childNames(Document doc, String xpath) throws Exception {
        Element parent = (Element) XPATH.evaluate(xpath, doc, XPathConstants.NODE);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }

    @Test
    void frontMatterIsBilingualAndInTheOrderJatsRequires() throws Exception {
        Document doc = jats("guanlan-review/2025-01/multipolarity-and-order.xml");
        assertThat(doc.getDoctype().getPublicId()).isEqualTo("-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN");
        assertThat(doc.getDocumentElement().getAttribute("dtd-version")).isEqualTo("1.3");
        assertThat(childNames(doc, "/article")).containsExactly("front", "body", "back");
        assertThat(childNames(doc, "/article/front/article-meta")).containsExactly("article-id", "article-categories", "title-group",
                "contrib-group", "pub-date", "volume", "issue", "fpage", "lpage", "permissions", "self-uri", "abstract",
                "trans-abstract", "kwd-group", "kwd-group", "funding-group");
        assertThat(texts(doc, "//title-group/article-title")).containsExactly("多极化进程中的国际秩序调适");
        assertThat(texts(doc, "//journal-title-group/journal-title")).containsExactly("观澜国际评论", "觀瀾國際評論");
        assertThat(texts(doc, "//journal-title-group/journal-title[@*[local-name()='lang']='zh-Hant']")).containsExactly("觀瀾國際評論");
        assertThat(texts(doc, "//title-group/trans-title-group[@*[local-name()='lang']='en']/trans-title")).hasSize(1);
        assertThat(texts(doc, "//kwd-group[@*[local-name()='lang']='zh']/kwd")).contains("多极化");
        assertThat(texts(doc, "//kwd-group[@*[local-name()='lang']='en']/kwd")).isNotEmpty();
        assertThat(texts(doc, "//contrib/name-alternatives/string-name")).containsExactly("郑远舟", "Zheng Yuanzhou");
        assertThat(texts(doc, "//aff-alternatives/aff[@*[local-name()='lang']='zh']/institution")).containsExactly("滨江大学国际关系学院");
        assertThat(texts(doc, "//pub-date/@iso-8601-date")).containsExactly("2025-01-20");
        assertThat(texts(doc, "//permissions/license/@*[local-name()='href']")).containsExactly("https://creativecommons.org/licenses/by-nc/4.0/");
    }

    @Test
    void bodySectionsNotesAndReferencesKeepTheirCrossReferences() throws Exception {
        for (String article : List.of("multipolarity-and-order", "chip-supply-chain-symposium")) {
            Document doc = jats("guanlan-review/2025-01/" + article + ".xml");
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                    Editions.root(Editions.SAMPLE).resolve(Path.of("guanlan-review/2025-01/" + article + ".html")).toFile(), "UTF-8");
            assertThat(texts(doc, "//back/fn-group/fn")).hasSize(page.select("[role=doc-endnotes] li").size());
            assertThat(texts(doc, "//back/ref-list/ref/mixed-citation"))
                    .hasSameSizeAs(page.select("meta[name=citation_reference]").eachAttr("content"));
            assertThat(texts(doc, "//body//xref[@ref-type='fn']")).hasSize(page.select(".article-body a[role=doc-noteref]").size());
            Set<String> ids = new HashSet<>(texts(doc, "//@id"));
            assertThat(texts(doc, "//xref/@rid")).isNotEmpty().allSatisfy(rid -> assertThat(ids).contains(rid));
            assertThat(texts(doc, "/article/body/sec/title").size() + texts(doc, "/article/body/sec/sec/title").size())
                    .isGreaterThanOrEqualTo(page.select(".article-body h2").size());
        }
        assertThat(texts(jats("guanlan-review/2025-01/chip-supply-chain-symposium.xml"), "/article/body/sec[@sec-type='piece']/title"))
                .containsExactlyElementsOf(org.jsoup.Jsoup.parse(Editions.root(Editions.SAMPLE)
                        .resolve("guanlan-review/2025-01/chip-supply-chain-symposium.html").toFile(), "UTF-8")
                        .select("section.piece > h2.piece-title").stream().map(h -> h.ownText().strip()).toList());
    }
}

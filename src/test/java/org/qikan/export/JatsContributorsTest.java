package org.qikan.export;

import org.junit.jupiter.api.Test;
import org.qikan.content.Bilingual;
import org.qikan.meta.Contributor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authors and their units in the JATS front matter, read as a JATS consumer reads them: each author's
 * {@code xref}s lead to the {@code aff}s of that author's units, one unit to an {@code aff}.
 */
class JatsContributorsTest {

    /** Each author's name, with the Chinese and English institutions their xrefs lead to ("zh | en" a unit). */
    private static Map<String, List<String>> unitsByAuthor(List<Contributor> authors) throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartElement("front");
        Jats.contributors(xml, authors);
        xml.writeEndElement();
        xml.flush();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
        Map<String, String> affs = new LinkedHashMap<>();
        NodeList alternatives = doc.getElementsByTagName("aff-alternatives");
        for (int i = 0; i < alternatives.getLength(); i++) {
            Element alt = (Element) alternatives.item(i);
            NodeList names = alt.getElementsByTagName("institution");
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < names.getLength(); k++) {
                texts.add(names.item(k).getTextContent());
            }
            affs.put(alt.getAttribute("id"), String.join(" | ", texts));
        }
        Map<String, List<String>> byAuthor = new LinkedHashMap<>();
        NodeList contribs = doc.getElementsByTagName("contrib");
        for (int i = 0; i < contribs.getLength(); i++) {
            Element contrib = (Element) contribs.item(i);
            String name = contrib.getElementsByTagName("string-name").item(0).getTextContent();
            NodeList xrefs = contrib.getElementsByTagName("xref");
            List<String> units = new ArrayList<>();
            for (int k = 0; k < xrefs.getLength(); k++) {
                String rid = ((Element) xrefs.item(k)).getAttribute("rid");
                assertThat(affs).as("xref %s of %s resolves", rid, name).containsKey(rid);
                units.add(affs.get(rid));
            }
            byAuthor.put(name, units);
        }
        assertThat(doc.getElementsByTagName("aff").getLength()).as("aff elements")
                .isEqualTo(affs.values().stream().mapToInt(a -> a.split(" \\| ").length).sum());
        return byAuthor;
    }

    @Test
    void anAuthorOfTwoUnitsCitesTwoAffsAndASharedUnitIsWrittenOnce() throws Exception {
        Map<String, List<String>> units = unitsByAuthor(List.of(
                new Contributor(new Bilingual("林晓川", "Lin Xiaochuan"),
                        new Bilingual("甲大学国际关系学院；乙研究院", "School of International Relations, Jia University; Yi Institute")),
                new Contributor(new Bilingual("周明远", "Zhou Mingyuan"), new Bilingual("乙研究院", "Yi Institute"))));
        assertThat(units.get("林晓川")).containsExactly(
                "甲大学国际关系学院 | School of International Relations, Jia University", "乙研究院 | Yi Institute");
        assertThat(units.get("周明远")).containsExactly("乙研究院 | Yi Institute");
    }

    @Test
    void unitsGivenInOneLanguageOnlyAreSplitToo() throws Exception {
        Map<String, List<String>> units = unitsByAuthor(List.of(
                new Contributor(new Bilingual("陈思琪", null), new Bilingual("丙大学法学院；丁中心", null))));
        assertThat(units.get("陈思琪")).containsExactly("丙大学法学院", "丁中心");
    }

    @Test
    void unitsThatTheTwoLanguagesCountDifferentlyStayOneAffWithNothingDropped() throws Exception {
        Map<String, List<String>> units = unitsByAuthor(List.of(
                new Contributor(new Bilingual("吴清", "Wu Qing"), new Bilingual("甲大学；乙研究院", "Jia University"))));
        assertThat(units.get("吴清")).containsExactly("甲大学；乙研究院 | Jia University");
    }

    @Test
    void anAuthorWithNoAffiliationCitesNone() throws Exception {
        Map<String, List<String>> units = unitsByAuthor(List.of(new Contributor(new Bilingual("王明", null), Bilingual.EMPTY)));
        assertThat(units.get("王明")).isEmpty();
    }
}

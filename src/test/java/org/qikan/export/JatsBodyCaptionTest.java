package org.qikan.export;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** A table's caption and a figure the text edition does not hold, in the JATS body: {@code <caption>} in both, no graphic. */
class JatsBodyCaptionTest {
    private static String jats(String html) throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartElement("body");
        JatsBody body = new JatsBody(xml);
        body.html(html);
        body.finish();
        xml.writeEndElement();
        xml.flush();
        return out.toString();
    }

    @Test
    void aTableCaptionBecomesTheTableWrapsCaption() throws Exception {
        String xml = jats("<div class=\"table-scroll\" tabindex=\"0\"><table><caption>表 1：吞吐量</caption>"
                + "<thead><tr><th>区域</th></tr></thead><tbody><tr><td>东部</td></tr></tbody></table></div>");
        assertThat(xml).contains("<table-wrap><caption><p>表 1：吞吐量</p></caption><table><thead><tr><th>区域</th></tr></thead>");
        assertThat(xml).doesNotContain("<caption>表");
    }

    @Test
    void aMissingFigureBecomesAFigWithItsCaptionAndNoGraphic() throws Exception {
        String xml = jats("<figure class=\"figure-missing\"><p class=\"figure-missing-note\">本文本版未收录此图 <span lang=\"en\">figure not"
                + " included in this text edition</span></p><figcaption>图 1：网络结构</figcaption></figure>");
        assertThat(xml).contains("<fig><caption><p>图 1：网络结构</p></caption></fig>");
        assertThat(xml).doesNotContain("graphic").doesNotContain("未收录");
    }
}

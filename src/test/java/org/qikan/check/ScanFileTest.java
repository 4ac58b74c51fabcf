package org.qikan.check;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each page's links written by {@link ScanFile} read back as scanned, and damaged bytes read as nothing. */
class ScanFileTest {
    private static final String PAGE = "<!doctype html><html><head><link rel=stylesheet href=\"../a.css\"><title>t</title></head>"
            + "<body><a id=top name=n href=\"b.html#x\">b</a><img src=\"p.png\"><p id=\"x\">见<a href=\"#top\">上</a></p></body></html>";

    @Test
    void scansReadBackAreTheScansWritten() throws IOException {
        ScannedPages pages = new ScannedPages(Map.of());
        byte[] html = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        pages.scan("a/index.html", PAGE, html);
        pages.scan("b.html", "<p id=x>b</p>", "<p id=x>b</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, ScannedPages.Kept> written = pages.kept();

        Map<String, ScannedPages.Kept> read = ScanFile.decode(ScanFile.encode(written)).orElseThrow();

        assertThat(read.keySet()).containsExactlyInAnyOrder("a/index.html", "b.html");
        for (String path : written.keySet()) {
            assertThat(read.get(path).check).isEqualTo(written.get(path).check);
            assertThat(read.get(path).links.references()).isEqualTo(written.get(path).links.references());
            assertThat(read.get(path).links.ids()).isEqualTo(written.get(path).links.ids());
        }
        assertThat(read.get("a/index.html").links.references()).extracting(PageReferences.Reference::value)
                .contains("../a.css", "b.html#x", "p.png", "#top");
        assertThat(read.get("a/index.html").links.ids()).containsExactly("n", "top", "x");
        assertThat(ScanFile.encode(read)).as("the same scans give the same bytes").isEqualTo(ScanFile.encode(written));

        ScannedPages next = new ScannedPages(read);
        next.scan("a/index.html", null, html);
        assertThat(next.reused()).as("unchanged bytes: the scan taken back").isEqualTo(1);
        next.scan("b.html", null, "<p id=y>b</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(next.reused()).as("changed bytes: scanned again").isEqualTo(1);
        assertThat(next.get("b.html").hasId("y")).isTrue();
    }

    @Test
    void damagedBytesAreNoList() throws IOException {
        ScannedPages pages = new ScannedPages(new HashMap<>());
        pages.scan("a.html", PAGE, PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] bytes = ScanFile.encode(pages.kept());
        for (int cut = 0; cut < bytes.length; cut++) {
            assertThat(ScanFile.decode(java.util.Arrays.copyOf(bytes, cut))).as("cut at " + cut).isEmpty();
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(ScanFile.decode(longer)).as("a byte left over").isEmpty();
        byte[] wrongNumber = bytes.clone();
        wrongNumber[bytes.length - 1] = 0x7f;
        assertThat(ScanFile.decode(wrongNumber)).as("an id's number out of the table").isEmpty();
        assertThat(ScanFile.decode(new byte[] {1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0})).as("another format").isEmpty();
    }
}

package veille.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SourceSniffer}: feeds and archives told from documents by name, then by their first bytes. */
class SourceSnifferTest {
    @TempDir
    Path dir;

    @Test
    void namesSettleTheKindWithoutOpeningTheFile() {
        assertThat(SourceSniffer.sniff(dir.resolve("crawl.warc.gz"))).isEqualTo(SourceKind.WARC);
        assertThat(SourceSniffer.sniff(dir.resolve("CRAWL.WARC"))).isEqualTo(SourceKind.WARC);
        assertThat(SourceSniffer.sniff(dir.resolve("monde.rss"))).isEqualTo(SourceKind.FEED);
        assertThat(SourceSniffer.sniff(dir.resolve("monde.atom"))).isEqualTo(SourceKind.FEED);
        assertThat(SourceSniffer.sniff(dir.resolve("page.html"))).isEqualTo(SourceKind.DOCUMENT);
        assertThat(SourceSniffer.sniff(dir.resolve("missing-no-extension"))).isEqualTo(SourceKind.DOCUMENT);
    }

    @Test
    void contentSettlesTheKindOfOtherNames() throws IOException {
        write("feed.xml", "\uFEFF<?xml version=\"1.0\"?>\n<!-- généré -->\n<?xml-stylesheet href=\"s.xsl\"?>\n"
                + "<!DOCTYPE rss>\n<rss version=\"2.0\"><channel></channel></rss>");
        write("atom.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>");
        write("rdf.xml", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>");
        write("sitemap.xml", "<?xml version=\"1.0\"?><urlset></urlset>");
        write("page", "<!DOCTYPE html><html><body><p>Bonjour</p></body></html>");
        write("notes", "Un texte qui parle de <rss> sans en être un.");
        Files.write(dir.resolve("crawl.dat"), "WARC/1.1\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream o = new GZIPOutputStream(gz)) {
            o.write("WARC/1.0\r\nWARC-Type: response\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Files.write(dir.resolve("crawl.gz"), gz.toByteArray());
        assertThat(SourceSniffer.sniff(dir.resolve("feed.xml"))).isEqualTo(SourceKind.FEED);
        assertThat(SourceSniffer.sniff(dir.resolve("atom.xml"))).isEqualTo(SourceKind.FEED);
        assertThat(SourceSniffer.sniff(dir.resolve("rdf.xml"))).isEqualTo(SourceKind.FEED);
        assertThat(SourceSniffer.sniff(dir.resolve("sitemap.xml"))).isEqualTo(SourceKind.DOCUMENT);
        assertThat(SourceSniffer.sniff(dir.resolve("page"))).isEqualTo(SourceKind.DOCUMENT);
        assertThat(SourceSniffer.sniff(dir.resolve("notes"))).isEqualTo(SourceKind.DOCUMENT);
        assertThat(SourceSniffer.sniff(dir.resolve("crawl.dat"))).isEqualTo(SourceKind.WARC);
        assertThat(SourceSniffer.sniff(dir.resolve("crawl.gz"))).isEqualTo(SourceKind.WARC);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}

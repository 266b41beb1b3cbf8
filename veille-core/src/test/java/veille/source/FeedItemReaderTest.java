package veille.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.source.FeedItemReader.LinkPolicy;

/** {@link FeedItemReader} on small invented feeds: RSS 2.0, Atom, RSS 1.0, and broken ones. */
class FeedItemReaderTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Le Courrier diplomatique &amp; co</title>
              <link>https://courrier.example/</link>
              <item>
                <title>Pékin et Moscou signent un accord énergétique</title>
                <link>https://courrier.example/2023/09/20/accord</link>
                <pubDate>Wed, 20 Sep 2023 08:15:00 +0200</pubDate>
                <dc:creator>Jeanne Martin</dc:creator>
                <description>Un accord signé mardi.</description>
                <content:encoded><![CDATA[<p>PÉKIN - La Chine et la Russie ont signé mardi un accord.</p><p>« Nos pays sont des partenaires », a déclaré M. Wang.</p>]]></content:encoded>
              </item>
              <item>
                <title>Sommet à Paris</title>
                <link>/2023/09/21/sommet</link>
                <pubDate>Thu, 21 Sep 2023 10:00:00 GMT</pubDate>
                <author>redaction@courrier.example (Paul Durand)</author>
                <description>&lt;p&gt;Le président a reçu son homologue brésilien.&lt;/p&gt;</description>
              </item>
              <item>
                <title>Brève sans lien</title>
                <description>Le ministre allemand est attendu à Varsovie.</description>
              </item>
              <item>
                <title>Seulement un lien</title>
                <link>https://courrier.example/2023/09/22/lien</link>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Agence invented</title>
              <entry>
                <title type="html">Visite d&amp;#39;État</title>
                <link rel="self" href="https://agence.example/api/1"/>
                <link rel="alternate" type="text/html" href="https://agence.example/visite"/>
                <published>2023-09-19T23:15:00Z</published>
                <updated>2023-09-20T09:00:00+02:00</updated>
                <author><name>Li Wei</name></author>
                <author><name>Anne Roy</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le président chinois est arrivé à Moscou.</p></div></content>
              </entry>
              <entry>
                <title>Résumé seul</title>
                <link href="https://agence.example/resume"/>
                <updated>2023-09-21T10:00:00+02:00</updated>
                <summary>Première ligne &lt;pas une balise&gt;.

            Second paragraphe.</summary>
              </entry>
            </feed>
            """;

    static final String RDF = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://revue.example/">
                <title>La Revue invented</title>
                <items><rdf:Seq><rdf:li resource="https://revue.example/1"/></rdf:Seq></items>
              </channel>
              <item rdf:about="https://revue.example/1">
                <title>Tribune</title>
                <description>Les relations franco-africaines changent.</description>
                <dc:date>2023-09-18</dc:date>
                <dc:creator>Awa Diop</dc:creator>
              </item>
            </rdf:RDF>
            """;

    private static List<SourceItem> read(String feed, String container, LinkPolicy links) throws InputException {
        return read(feed.getBytes(StandardCharsets.UTF_8), container, links);
    }

    private static List<SourceItem> read(byte[] feed, String container, LinkPolicy links) throws InputException {
        List<SourceItem> items = new ArrayList<>();
        try (FeedItemReader r = FeedItemReader.open(new ByteArrayInputStream(feed), container, null, 1 << 20, links)) {
            SourceItem i;
            while ((i = r.next()) != null) {
                items.add(i);
            }
        }
        return items;
    }

    private static String text(SourceItem i) {
        return ((Payload.Text) i.payload()).text();
    }

    @Test
    void rssEntriesKeepTheirMetadataAndTheBestTextTheFeedHas() throws InputException {
        List<SourceItem> items = read(RSS, "https://courrier.example/feed.xml", LinkPolicy.NEVER);
        assertThat(items).extracting(SourceItem::source).containsExactly(
                "https://courrier.example/2023/09/20/accord", "https://courrier.example/2023/09/21/sommet",
                "https://courrier.example/feed.xml#item-3", "https://courrier.example/2023/09/22/lien");
        Origin.FeedEntry first = items.get(0).origin().entry();
        assertThat(first).isEqualTo(new Origin.FeedEntry("Le Courrier diplomatique & co", 1,
                "Pékin et Moscou signent un accord énergétique", "Wed, 20 Sep 2023 08:15:00 +0200", "2023-09-20",
                List.of("Jeanne Martin"), "content:encoded"));
        assertThat(items.get(0).origin().kind()).isEqualTo("feed");
        assertThat(items.get(0).origin().container()).isEqualTo("https://courrier.example/feed.xml");
        assertThat(items.get(0).origin().url()).isEqualTo("https://courrier.example/2023/09/20/accord");
        assertThat(text(items.get(0)))
                .contains("<title>Pékin et Moscou signent un accord énergétique</title>")
                .contains("<meta name=\"author\" content=\"Jeanne Martin\">")
                .contains("<meta property=\"article:published_time\" content=\"2023-09-20T08:15+02:00\">")
                .contains("<p>PÉKIN - La Chine et la Russie ont signé mardi un accord.</p>")
                .doesNotContain("Un accord signé mardi");
        assertThat(((Payload.Text) items.get(0).payload()).format()).isEqualTo(InputFormat.HTML);

        assertThat(items.get(1).origin().entry().content()).isEqualTo("description");
        assertThat(items.get(1).origin().entry().authors()).containsExactly("Paul Durand");
        assertThat(text(items.get(1))).contains("<p>Le président a reçu son homologue brésilien.</p>");
        assertThat(items.get(2).origin().url()).isNull();
        assertThat(items.get(3).payload()).isEqualTo(
                new Payload.Unreadable("the feed entry has no text, only a link (fetch it with --fetch-items)"));
    }

    @Test
    void linksAreFetchedOnlyAsThePolicySays() throws InputException {
        List<SourceItem> whenNeeded = read(RSS, "feed.xml", LinkPolicy.WHEN_NO_CONTENT);
        assertThat(whenNeeded).extracting(i -> i.payload().getClass().getSimpleName())
                .containsExactly("Text", "Text", "Text", "Link");
        // The relative link cannot be resolved against a file name: it is kept, and not fetched.
        assertThat(whenNeeded.get(1).source()).isEqualTo("/2023/09/21/sommet");
        List<SourceItem> always = read(RSS, "https://courrier.example/feed.xml", LinkPolicy.ALWAYS);
        assertThat(always).extracting(i -> i.payload().getClass().getSimpleName())
                .containsExactly("Link", "Link", "Text", "Link");
        assertThat(always.get(1).payload()).isEqualTo(
                new Payload.Link(java.net.URI.create("https://courrier.example/2023/09/21/sommet")));
        assertThat(always.get(0).origin().entry().content()).isEqualTo("link");
    }

    @Test
    void atomEntriesGiveTheirAlternateLinkAuthorsAndXhtmlOrTextContent() throws InputException {
        List<SourceItem> items = read(ATOM, "agence.atom", LinkPolicy.NEVER);
        assertThat(items).extracting(SourceItem::source)
                .containsExactly("https://agence.example/visite", "https://agence.example/resume");
        Origin.FeedEntry e = items.get(0).origin().entry();
        assertThat(e.feedTitle()).isEqualTo("Agence invented");
        assertThat(e.title()).isEqualTo("Visite d'État");
        assertThat(e.published()).isEqualTo("2023-09-19");
        assertThat(e.authors()).containsExactly("Li Wei", "Anne Roy");
        assertThat(e.content()).isEqualTo("content");
        assertThat(text(items.get(0))).contains("<p>Le président chinois est arrivé à Moscou.</p>");
        assertThat(items.get(1).origin().entry().content()).isEqualTo("summary");
        assertThat(items.get(1).origin().entry().published()).isEqualTo("2023-09-21");
        // Atom text is text: markup-looking characters are escaped, paragraphs kept.
        assertThat(text(items.get(1))).contains("<p>Première ligne &lt;pas une balise&gt;.</p>\n<p>Second paragraphe.</p>");
    }

    @Test
    void rss1ItemsBesideTheirChannelAreRead() throws InputException {
        List<SourceItem> items = read(RDF, "revue.rdf", LinkPolicy.NEVER);
        assertThat(items).hasSize(1);
        SourceItem i = items.get(0);
        assertThat(i.source()).isEqualTo("https://revue.example/1");
        assertThat(i.origin().entry()).isEqualTo(new Origin.FeedEntry("La Revue invented", 1, "Tribune", "2023-09-18",
                "2023-09-18", List.of("Awa Diop"), "description"));
    }

    @Test
    void aGzipFeedInItsDeclaredCharsetIsRead() throws Exception {
        String latin = RDF.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
                .replace("Tribune", "Tribune: l'été à Kinshasa");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream o = new GZIPOutputStream(gz)) {
            o.write(latin.getBytes(Charset.forName("ISO-8859-1")));
        }
        SourceItem i = read(gz.toByteArray(), "revue.rdf.gz", LinkPolicy.NEVER).get(0);
        assertThat(i.origin().entry().title()).isEqualTo("Tribune: l'été à Kinshasa");
        assertThat(((Payload.Text) i.payload()).decoding().charset()).isEqualTo("windows-1252");
    }

    @Test
    void somethingThatIsNotAFeedIsOneClearError() {
        assertThatThrownBy(() -> read("<!DOCTYPE html><html><body><p>Bonjour</p></body></html>", "page.rss", LinkPolicy.NEVER))
                .isInstanceOf(InputException.class)
                .hasMessage("not a feed: its first element is <html>, not <rss>, <feed> or <rdf:RDF>");
        assertThatThrownBy(() -> read("plain words", "x.rss", LinkPolicy.NEVER))
                .isInstanceOf(InputException.class).hasMessage("not a feed: no XML element at its start");
        assertThatThrownBy(() -> read(new byte[] {0x1F, (byte) 0x8B, 1, 2, 3}, "x.rss.gz", LinkPolicy.NEVER))
                .isInstanceOf(InputException.class).hasMessageStartingWith("cannot read the feed: ");
    }

    @Test
    void aFeedCutInsideAnEntryGivesTheEntriesBeforeThenOneError() throws InputException {
        String cut = RSS.substring(0, RSS.indexOf("<title>Brève sans lien") + 12);
        List<SourceItem> got = new ArrayList<>();
        try (FeedItemReader r = FeedItemReader.open(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)),
                "feed.xml", null, 1 << 20, LinkPolicy.NEVER)) {
            got.add(r.next());
            got.add(r.next());
            assertThatThrownBy(r::next).isInstanceOf(InputException.class)
                    .hasMessage("the feed is truncated inside entry 3 (2 entries read before it)");
            assertThat(r.next()).isNull();
        }
        assertThat(got).extracting(i -> i.origin().entry().index()).containsExactly(1, 2);
    }

    @Test
    void whereverAFeedIsCutOnlyWholeEntriesComeOutAndNothingCrashes() {
        for (String feed : List.of(RSS, ATOM, RDF)) {
            String close = feed == ATOM ? "</entry>" : "</item>";
            for (int cut = 0; cut < feed.length(); cut += 7) {
                String prefix = feed.substring(0, cut);
                int whole = prefix.split(close, -1).length - 1;
                int read = 0;
                try (FeedItemReader r = FeedItemReader.open(new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)),
                        "feed.xml", null, 1 << 20, LinkPolicy.NEVER)) {
                    while (r.next() != null) {
                        read++;
                    }
                } catch (InputException expected) {
                    // Not a feed yet, or truncated: one clear error.
                }
                assertThat(read).as("cut at %d", cut).isLessThanOrEqualTo(whole);
            }
        }
    }

    @Test
    void aFeedCutAfterAnEntryReportsItsMissingEnd() throws InputException {
        String cut = RDF.substring(0, RDF.indexOf("</rdf:RDF>"));
        try (FeedItemReader r = FeedItemReader.open(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)),
                "revue.rdf", null, 1 << 20, LinkPolicy.NEVER)) {
            assertThat(r.next()).isNotNull();
            assertThatThrownBy(r::next).isInstanceOf(InputException.class)
                    .hasMessage("the feed is truncated: it ends before its closing </rdf:RDF> (1 entry read)");
        }
    }

    @Test
    void anEntryOverTheSizeLimitIsUnreadableAndAnEndlessOneStopsTheFeed() throws IOException, InputException {
        String big = RSS.replace("Un accord signé mardi.", "x".repeat(5000));
        try (FeedItemReader r = FeedItemReader.open(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)),
                "feed.xml", null, 1000, LinkPolicy.NEVER)) {
            assertThat(r.next().payload()).isInstanceOf(Payload.Text.class); // content:encoded is small
        }
        String endless = RSS.replace("Un accord signé mardi.", "x".repeat(3 << 20));
        try (FeedItemReader r = FeedItemReader.open(new ByteArrayInputStream(endless.getBytes(StandardCharsets.UTF_8)),
                "feed.xml", null, 1000, LinkPolicy.NEVER)) {
            assertThatThrownBy(r::next).isInstanceOf(InputException.class)
                    .hasMessage("feed broken off after 0 entries: an entry is over the size limit (raise it with --max-size)");
        }
    }
}

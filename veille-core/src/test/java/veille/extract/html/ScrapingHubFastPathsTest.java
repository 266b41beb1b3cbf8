package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The metadata reader's fast paths give what their plain readings give on the real pages of the ScrapingHub
 * benchmark (read in place from {@code ../shared}; skipped without it).
 */
class ScrapingHubFastPathsTest {
    private static final HtmlMetaCues CUES = HtmlMetaCues.builtIn();

    @Test
    void classKindsAgreeWithThePlainReadingOnEveryClassAndId() throws IOException {
        List<ScrapingHubMetadataTest.Page> pages = ScrapingHubMetadataTest.pages().orElse(null);
        assumeTrue(pages != null, "../shared/data/extraction/scrapinghub is absent");
        int values = 0;
        for (ScrapingHubMetadataTest.Page p : pages) {
            Document page = ScrapingHubMetadataTest.parse(p);
            for (Element e : page.getAllElements()) {
                for (String attr : new String[] {e.attr("class").strip(), e.attr("id")}) {
                    assertThat(CUES.attributeKinds(attr)).as("\"%s\" in %s", attr, p.id())
                            .isEqualTo(CUES.referenceKinds(attr));
                    values++;
                }
            }
        }
        assertThat(values).isGreaterThan(100_000);
    }
}

package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import veille.testing.Shared;

/**
 * The HTML pages bundled for {@code bin/veille demo} ({@code samples/html}) are copies of pages of the CMS corpus,
 * where {@link HtmlExtractorCmsCorpusTest} holds their expected values: the copies must not drift from it.
 */
class BundledHtmlSamplesTest {
    @Test
    void eachBundledPageIsThePageOfTheCmsCorpus() throws IOException {
        Path samples = Shared.root().resolve("samples/html");
        Path corpus = Shared.root().resolve("veille-core/src/test/resources/veille/html/cms");
        List<Path> pages;
        try (Stream<Path> s = Files.list(samples)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            assertThat(page).as("samples/html/%s", page.getFileName())
                    .hasSameBinaryContentAs(corpus.resolve(page.getFileName().toString()));
        }
    }
}

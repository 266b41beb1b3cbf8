package veille.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link SafeFileNames}: readable names that stay in the output folder whatever the URL. */
class SafeFileNamesTest {
    private static final String SAFE = "[a-z0-9.-]+(_\\d+)?/[A-Za-z0-9._-]+-[0-9a-f]{10}\\.(html|xml|txt|json|bin)";

    @Test
    void aNormalUrlGivesAReadableName() {
        assertThat(SafeFileNames.forUrl(URI.create("https://www.example.fr/monde/2023/09/20/accord.html?id=4"),
                "text/html; charset=utf-8")).matches("www\\.example\\.fr/monde-2023-09-20-accord\\.html_id-4-[0-9a-f]{10}\\.html");
    }

    @Test
    void hostileUrlsCannotLeaveTheFolder() throws Exception {
        Path dir = Path.of("/tmp/out").toAbsolutePath();
        for (String url : new String[] {
                "http://example.fr/../../etc/passwd",
                "http://example.fr/%2e%2e/%2e%2e/etc/passwd",
                "http://example.fr/..%2f..%2fetc%2fpasswd",
                "http://example.fr/a\\..\\..\\b",
                "http://example.fr/.hidden",
                "http://example.fr/%00nul",
                "http://example.fr:8080/",
                "http://[::1]/x",
                "http://..:80/..",
                "http://example.fr/" + "x".repeat(5000)}) {
            URI u;
            try {
                u = Urls.parse(url);
            } catch (FetchException refused) {
                u = URI.create(url); // the fetcher refuses it; the name must be safe all the same
            }
            String name = SafeFileNames.forUrl(u, "text/html");
            assertThat(name).as(url).matches(SAFE).doesNotContain("..").hasSizeLessThan(200);
            assertThat(dir.resolve(name).normalize()).as(url).startsWithRaw(dir);
        }
    }

    @Test
    void twoUrlsNeverShareAName() {
        assertThat(SafeFileNames.forUrl(URI.create("http://a.fr/x?y"), null))
                .isNotEqualTo(SafeFileNames.forUrl(URI.create("http://a.fr/x-y"), null));
    }

    @Property(tries = 300)
    void anyPathOrQueryGivesASafeName(@ForAll String path, @ForAll String query) throws Exception {
        URI u;
        try {
            u = Urls.parse("http://example.fr/" + path + "?" + query);
        } catch (FetchException e) {
            return; // refused URLs are never saved
        }
        String name = SafeFileNames.forUrl(u, "application/octet-stream");
        assertThat(name).matches(SAFE);
        Path dir = Path.of("/tmp/out");
        assertThat(dir.resolve(name).normalize()).startsWithRaw(dir);
    }
}

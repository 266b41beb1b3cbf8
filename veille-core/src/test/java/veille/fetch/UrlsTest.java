package veille.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link Urls}: the URLs people and feeds write, made acceptable to an HTTP client; nothing but http(s). */
class UrlsTest {
    @Test
    void spacesAndAccentsArePercentEncodedAndEscapesKept() throws Exception {
        assertThat(Urls.parse(" https://www.example.fr/actualités/sommet de Pékin?q=été%20 ").toString())
                .isEqualTo("https://www.example.fr/actualit%C3%A9s/sommet%20de%20P%C3%A9kin?q=%C3%A9t%C3%A9%20");
    }

    @Test
    void anInternationalisedHostBecomesPunycode() throws Exception {
        assertThat(Urls.parse("http://www.élysée.fr/a").getHost()).isEqualTo("www.xn--lyse-9oad.fr");
    }

    @Test
    void onlyHttpAndHttpsAreAccepted() {
        assertThatThrownBy(() -> Urls.parse("file:///etc/passwd")).hasMessage("not an http or https URL: 'file:///etc/passwd'");
        assertThatThrownBy(() -> Urls.parse("javascript:alert(1)")).isInstanceOf(FetchException.class);
        assertThatThrownBy(() -> Urls.parse("www.example.fr/a")).isInstanceOf(FetchException.class);
        assertThatThrownBy(() -> Urls.parse("http:///nohost")).hasMessage("URL without a host name: 'http:///nohost'");
    }

    @Test
    void redirectLocationsResolveAgainstTheirPageAndMayNotChangeScheme() throws Exception {
        URI base = URI.create("https://example.fr/monde/article.html");
        assertThat(Urls.resolve(base, "suite.html").toString()).isEqualTo("https://example.fr/monde/suite.html");
        assertThat(Urls.resolve(base, "/a b").toString()).isEqualTo("https://example.fr/a%20b");
        assertThat(Urls.resolve(base, "//cdn.example.fr/x").toString()).isEqualTo("https://cdn.example.fr/x");
        assertThat(Urls.resolve(base, "http://example.fr/").toString()).isEqualTo("http://example.fr/");
        assertThatThrownBy(() -> Urls.resolve(base, "data:text/html,<p>x</p>")).isInstanceOf(FetchException.class);
        assertThatThrownBy(() -> Urls.resolve(base, "file:/etc/passwd")).isInstanceOf(FetchException.class);
    }
}

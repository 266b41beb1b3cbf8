package veille.bench.peers;

import java.util.function.BiFunction;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Readability4J (a Kotlin port of Mozilla's Readability.js) as a benchmark peer: page URL and HTML in, the
 * article's text content out (empty when it finds none).
 *
 * <p>Loaded by {@code bin/veille bench extract} through its own class loader; the boundary type is
 * {@link BiFunction} so no Veille or jsoup type crosses it. Thread-safe: each call builds its own parser.
 */
public final class Readability4jPeer implements BiFunction<String, String, String> {
    @Override
    public String apply(String url, String html) {
        Article article = new Readability4J(url, html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}

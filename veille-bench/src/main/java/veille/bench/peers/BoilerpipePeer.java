package veille.bench.peers;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.function.BiFunction;

/**
 * boilerpipe's {@code ArticleExtractor} as a benchmark peer: page URL (unused) and HTML in, the article's text out.
 *
 * <p>Loaded by {@code bin/veille bench extract} through its own class loader. Thread-safe ({@code ArticleExtractor}
 * keeps no state between calls).
 */
public final class BoilerpipePeer implements BiFunction<String, String, String> {
    @Override
    public String apply(String url, String html) {
        try {
            String text = ArticleExtractor.INSTANCE.getText(html);
            return text == null ? "" : text;
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException("boilerpipe failed: " + e.getMessage(), e);
        }
    }
}

package veille.talk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import veille.doc.ArticleMeta;
import veille.doc.Document;
import veille.doc.Quote;
import veille.kb.Outlet;
import veille.kb.Outlets;

/**
 * Builds discovery's {@link Article} from an analysed {@link Document} or from one row of {@code veille analyze}'s
 * JSON Lines (the contract of docs/json-contract.md), so the CLI, the store and a Spark job feed discovery alike.
 */
public final class Articles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Articles() {
    }

    /** The article of an analysed document; {@code outlets} tells which outlets are state-affiliated. */
    public static Article of(String source, Document doc, Outlets outlets) {
        ArticleMeta m = doc.find(ArticleMeta.KEY).orElse(ArticleMeta.EMPTY);
        List<Article.Quoted> quotes = new ArrayList<>();
        for (Quote q : doc.find(Quote.KEY).map(Quote.Quotes::all).orElse(List.of())) {
            quotes.add(new Article.Quoted(q.start(), q.end(), q.speakerName()));
        }
        String outlet = m.outletValue().orElse(null);
        return new Article(source, outlet, m.publishedValue().orElse(null), m.publishedAtValue().orElse(null),
                doc.text(), quotes, stateAffiliated(outlet, outlets));
    }

    /** The article of one {@code veille analyze} JSON row. */
    public static Article ofJson(String line, Outlets outlets) {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not a JSON row of veille analyze: " + e.getMessage(), e);
        }
        if (row == null || !row.isObject() || !row.hasNonNull("source") || !row.hasNonNull("text")) {
            throw new IllegalArgumentException("Not a row of veille analyze (needs \"source\" and \"text\")");
        }
        List<Article.Quoted> quotes = new ArrayList<>();
        for (JsonNode q : row.path("quotes")) {
            JsonNode speaker = q.path("speaker");
            quotes.add(new Article.Quoted(q.path("start").asInt(), q.path("end").asInt(),
                    speaker.isObject() && speaker.hasNonNull("name") ? speaker.get("name").asText() : null));
        }
        String outlet = text(row, "outlet");
        return new Article(row.get("source").asText(), outlet, text(row, "published"), text(row, "published_at"),
                row.get("text").asText(), quotes, stateAffiliated(outlet, outlets));
    }

    /** An article of these fields (a table's row); {@code outlets} tells which outlets are state-affiliated. */
    public static Article of(String source, String outlet, String published, String publishedAt, String text,
                             List<Article.Quoted> quotes, Outlets outlets) {
        return new Article(source, outlet, published, publishedAt, text, quotes, stateAffiliated(outlet, outlets));
    }

    private static String text(JsonNode row, String field) {
        return row.hasNonNull(field) ? row.get(field).asText() : null;
    }

    private static boolean stateAffiliated(String outlet, Outlets outlets) {
        return outlet != null && outlets.find(outlet).map(Outlet::state).map("state"::equals).orElse(false);
    }
}

package veille.source;

import java.util.List;
import java.util.Objects;
import veille.doc.Key;

/**
 * Where an article came from when it was not a file of its own: a feed entry, a WARC record, a fetched page.
 *
 * <p>Stored on the analysed document under {@link #KEY} and written as the {@code origin} object of the JSON
 * contract. Everything here is what the container or the server said, as it said it; nothing is guessed.
 *
 * @param kind {@code feed}, {@code warc} or {@code fetch}
 * @param container the feed or archive the article was read from (a path or a URL); null for a URL fetched directly
 * @param url the article's address: the item link, the WARC-Target-URI, or the URL asked for; null when unknown
 * @param capture the HTTP exchange that produced the bytes (archived or fetched); null for content taken from a feed
 * @param entry the feed entry's own metadata; null outside feeds
 */
public record Origin(String kind, String container, String url, Capture capture, FeedEntry entry) {
    /** Document fact key. */
    public static final Key<Origin> KEY = Key.of("origin", Origin.class);

    public Origin {
        Objects.requireNonNull(kind, "kind");
    }

    /** The same origin with the HTTP exchange that fetched the article. */
    public Origin withCapture(Capture c) {
        return new Origin(kind, container, url, c, entry);
    }

    /**
     * One HTTP response, archived or fetched now.
     *
     * @param finalUrl the URL that answered, after redirects
     * @param status the HTTP status
     * @param contentType the Content-Type header as sent, or null
     * @param charset the charset the header declared, or null
     * @param at when it was captured (WARC-Date) or fetched, ISO-8601 instant
     * @param recordId the WARC-Record-ID, or null
     * @param bytes the body's length after content decoding
     */
    public record Capture(String finalUrl, int status, String contentType, String charset, String at,
                          String recordId, long bytes) {
    }

    /**
     * What a feed says about one of its entries, kept apart from what the page says (the {@code title},
     * {@code authors} and {@code published} of the analysis), so a reader can use it as a fallback.
     *
     * @param feedTitle the feed's own title, or null
     * @param index the entry's 1-based position in the feed
     * @param title the entry title, or null
     * @param date the entry date as written (pubDate, published, dc:date or updated), or null
     * @param published {@code date} as {@code YYYY-MM-DD} in its own time zone, or null when it cannot be read
     * @param authors the entry's authors (author, dc:creator, atom:author/name), as written
     * @param content what was analysed: {@code content:encoded}, {@code content} (Atom), {@code description},
     *                {@code summary} (the feed's summary only), or {@code link} (the linked page, fetched)
     */
    public record FeedEntry(String feedTitle, int index, String title, String date, String published,
                            List<String> authors, String content) {
        public FeedEntry {
            authors = List.copyOf(authors);
        }

        /** Whether only the feed's summary of the article was analysed, not the article. */
        public boolean summaryOnly() {
            return "description".equals(content) || "summary".equals(content);
        }

        /** The same entry, analysed from another content. */
        public FeedEntry withContent(String c) {
            return new FeedEntry(feedTitle, index, title, date, published, authors, c);
        }
    }
}

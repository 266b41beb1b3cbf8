package veille.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import veille.doc.InputFormat;

/**
 * A page fetched with a 2xx status: its bytes (content encoding already undone) and the exchange that produced them.
 *
 * @param requested the URL asked for
 * @param finalUri the URL that answered, after redirects
 * @param redirects the URLs that redirected, in order (empty when none)
 * @param status the HTTP status (2xx)
 * @param contentType the Content-Type header, or null
 * @param body the body, decompressed, never over the fetcher's size limit
 * @param fetchedAt when the response started
 */
public record FetchResult(URI requested, URI finalUri, List<URI> redirects, int status, String contentType,
                          byte[] body, Instant fetchedAt) {
    public FetchResult {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(finalUri, "finalUri");
        redirects = List.copyOf(redirects);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** The charset the Content-Type declared, or null. */
    public String charset() {
        return ContentTypes.charset(contentType);
    }

    /** HTML when the server says so; null (sniff the content) otherwise. */
    public InputFormat format() {
        return ContentTypes.isHtml(contentType) ? InputFormat.HTML : null;
    }
}

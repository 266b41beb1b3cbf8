package veille.fetch;

import java.time.Duration;
import java.util.Objects;
import veille.Version;

/**
 * How a {@link Fetcher} behaves: its limits and its manners.
 *
 * @param connectTimeout the longest wait for a TCP/TLS connection
 * @param readTimeout the longest wait for the response to start or for its next bytes
 * @param totalTimeout the longest a whole request may take, redirects excluded (a server that trickles bytes)
 * @param maxBytes the largest body accepted, compressed and again after decompression
 * @param maxRedirects how many redirects one URL may follow
 * @param hostInterval the least time between two requests to one host (a robots.txt Crawl-delay may lengthen it)
 * @param userAgent the User-Agent header; its first word ({@code Veille}) is the name matched in robots.txt
 * @param retries how many times a page answered with 429 (too many requests) or 503 (unavailable) is asked again
 * @param longestRetryWait the longest a retry waits: a server asking for more (its {@code Retry-After}) is not asked
 *                         again in this run
 */
public record FetchOptions(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes,
                           int maxRedirects, Duration hostInterval, String userAgent, int retries,
                           Duration longestRetryWait) {
    /** Two retries, waiting at most a minute each. */
    public static final int DEFAULT_RETRIES = 2;
    public static final Duration DEFAULT_LONGEST_RETRY_WAIT = Duration.ofMinutes(1);

    /** 32 MiB, the same limit as for files. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;
    /**
     * Where the default User-Agent points site owners: a reserved, unreachable name until the project has a public
     * page; users who crawl should give theirs ({@code --contact URL-or-email}).
     */
    public static final String DEFAULT_CONTACT = "https://veille.invalid";

    public FetchOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(hostInterval, "hostInterval");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(longestRetryWait, "longestRetryWait");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
        }
        if (longestRetryWait.isNegative()) {
            throw new IllegalArgumentException("longestRetryWait must not be negative, got " + longestRetryWait);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be 0 or more, got " + maxRedirects);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()
                || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, got connect " + connectTimeout
                    + ", read " + readTimeout + ", total " + totalTimeout);
        }
        if (hostInterval.isNegative()) {
            throw new IllegalArgumentException("hostInterval must not be negative, got " + hostInterval);
        }
        if (!userAgent.startsWith("Veille/")) {
            throw new IllegalArgumentException("the User-Agent must start with 'Veille/' so robots.txt rules for "
                    + "Veille apply, got '" + userAgent + "'");
        }
    }

    /** The options with the default retries ({@value #DEFAULT_RETRIES}, waiting at most a minute). */
    public FetchOptions(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes,
                        int maxRedirects, Duration hostInterval, String userAgent) {
        this(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, hostInterval, userAgent,
                DEFAULT_RETRIES, DEFAULT_LONGEST_RETRY_WAIT);
    }

    /**
     * Connect 10 s, read 30 s, total 2 min, 32 MiB, 5 redirects, one request per second per host, 429 and 503 asked
     * again twice, waiting at most a minute.
     */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2),
                DEFAULT_MAX_BYTES, 5, Duration.ofSeconds(1), userAgent(DEFAULT_CONTACT));
    }

    /** {@code Veille/<version> (+contact)}: who is fetching and where to reach them. */
    public static String userAgent(String contact) {
        return "Veille/" + Version.VERSION + " (+" + contact + ")";
    }

    /** The product token robots.txt groups are matched against, lower case as RFC 9309 wants it. */
    public String robotsName() {
        return "veille";
    }

    public FetchOptions withMaxBytes(long bytes) {
        return new FetchOptions(connectTimeout, readTimeout, totalTimeout, bytes, maxRedirects, hostInterval, userAgent,
                retries, longestRetryWait);
    }

    public FetchOptions withHostInterval(Duration interval) {
        return new FetchOptions(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, interval, userAgent,
                retries, longestRetryWait);
    }

    public FetchOptions withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchOptions(connect, read, total, maxBytes, maxRedirects, hostInterval, userAgent, retries,
                longestRetryWait);
    }

    public FetchOptions withMaxRedirects(int n) {
        return new FetchOptions(connectTimeout, readTimeout, totalTimeout, maxBytes, n, hostInterval, userAgent, retries,
                longestRetryWait);
    }

    public FetchOptions withRetries(int n, Duration longestWait) {
        return new FetchOptions(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, hostInterval,
                userAgent, n, longestWait);
    }
}

package veille.cli;

import java.time.Duration;
import picocli.CommandLine.Option;
import veille.fetch.FetchOptions;

/**
 * The options of fetching pages, shared by {@code fetch} and {@code analyze --fetch-items} (a picocli mixin).
 */
final class FetchSettings {
    @Option(names = "--rate", paramLabel = "MS",
            description = "At most one request per MS milliseconds to each host (default ${DEFAULT-VALUE}); hosts are fetched in parallel. A robots.txt Crawl-delay can lengthen it.")
    long rateMs = 1000;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Give up connecting after this long (default ${DEFAULT-VALUE}).")
    double connectTimeout = 10;

    @Option(names = "--read-timeout", paramLabel = "SECONDS",
            description = "Give up when the server sends nothing for this long (default ${DEFAULT-VALUE}).")
    double readTimeout = 30;

    @Option(names = "--total-timeout", paramLabel = "SECONDS",
            description = "Give up on a response that takes longer than this overall (default ${DEFAULT-VALUE}).")
    double totalTimeout = 120;

    @Option(names = "--max-redirects", paramLabel = "N", description = "Follow at most N redirects per URL (default ${DEFAULT-VALUE}).")
    int maxRedirects = 5;

    @Option(names = "--retries", paramLabel = "N",
            description = "Ask again up to N times a page answered with 429 (too many requests) or 503 (unavailable), "
                    + "after the wait its Retry-After asks for, else 2 s then 4 s (default ${DEFAULT-VALUE}).")
    int retries = FetchOptions.DEFAULT_RETRIES;

    @Option(names = "--max-retry-wait", paramLabel = "SECONDS",
            description = "Give up on a page rather than wait longer than this before asking again (default ${DEFAULT-VALUE}).")
    double maxRetryWait = FetchOptions.DEFAULT_LONGEST_RETRY_WAIT.toSeconds();

    @Option(names = "--contact", paramLabel = "URL|EMAIL",
            description = "Where site owners can reach you, sent in the User-Agent: Veille/<version> (+CONTACT).")
    String contact = FetchOptions.DEFAULT_CONTACT;

    /**
     * The fetcher's options, with the command's size limit.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    FetchOptions options(long maxBytes) {
        if (rateMs < 0) {
            throw new IllegalArgumentException("--rate must be 0 or more milliseconds, got " + rateMs);
        }
        if (!(connectTimeout > 0) || !(readTimeout > 0) || !(totalTimeout > 0)) {
            throw new IllegalArgumentException("timeouts must be positive numbers of seconds, got --connect-timeout "
                    + connectTimeout + ", --read-timeout " + readTimeout + ", --total-timeout " + totalTimeout);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("--max-redirects must be 0 or more, got " + maxRedirects);
        }
        if (contact == null || contact.isBlank() || contact.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("--contact must be a URL or an e-mail address in printable ASCII");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("--retries must be 0 or more, got " + retries);
        }
        if (!(maxRetryWait >= 0)) {
            throw new IllegalArgumentException("--max-retry-wait must be 0 or more seconds, got " + maxRetryWait);
        }
        return new FetchOptions(seconds(connectTimeout), seconds(readTimeout), seconds(totalTimeout), maxBytes,
                maxRedirects, Duration.ofMillis(rateMs), FetchOptions.userAgent(contact.strip()), retries,
                seconds(maxRetryWait));
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}

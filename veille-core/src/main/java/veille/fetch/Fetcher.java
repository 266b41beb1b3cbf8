package veille.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Fetches pages the way a polite crawler does: robots.txt read once per site and obeyed, one request per host per
 * interval, redirects followed to a limit (http and https only), timeouts, and a size limit that also bounds
 * gzip/deflate decompression.
 *
 * <pre>{@code
 * try (Fetcher web = new Fetcher(FetchOptions.defaults())) {
 *     FetchResult page = web.fetch(Urls.parse("https://example.org/article"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: one instance serves every worker; requests to different hosts run in parallel, requests to one
 * host queue behind each other ({@link HostPacer}).
 */
public final class Fetcher implements AutoCloseable {
    /** RFC 9309 asks crawlers to read at least the first 500 KiB of a robots.txt; the rest is ignored. */
    private static final int ROBOTS_LIMIT = 512 << 10;
    /** RFC 9309: at least five consecutive redirects are followed for robots.txt. */
    private static final int ROBOTS_REDIRECTS = 5;
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final FetchOptions options;
    private final HostPacer pacer;
    private final HttpClient client;
    /** robots.txt rules per origin ({@code https://host:port}), fetched once; later callers wait for the first. */
    private final ConcurrentHashMap<String, CompletableFuture<Robots>> robots = new ConcurrentHashMap<>();

    /** robots.txt as read for one origin; {@code refusal} says why everything is refused when it could not be read. */
    private record Robots(BaseRobotRules rules, String refusal) {
        Duration crawlDelay() {
            long ms = rules.getCrawlDelay();
            return ms > 0 ? Duration.ofMillis(ms) : Duration.ZERO;
        }
    }

    /** One HTTP exchange, body still content-encoded. */
    private record Response(int status, HttpHeaders headers, byte[] body, Instant at) {
        String contentType() {
            return headers.firstValue("content-type").orElse(null);
        }
    }

    /** A fetcher with the system clock. */
    public Fetcher(FetchOptions options) {
        this(options, HostPacer.system());
    }

    /** A fetcher whose per-host waits go through {@code pacer} (tests pass one on a virtual clock). */
    public Fetcher(FetchOptions options, HostPacer pacer) {
        this.options = options;
        this.pacer = pacer;
        // HTTP/1.1: no h2c upgrade attempts on plain http; redirects are followed here, to check each hop.
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The options in force. */
    public FetchOptions options() {
        return options;
    }

    /** Fetches a URL as written (see {@link Urls#parse}). */
    public FetchResult fetch(String url) throws FetchException {
        return fetch(Urls.parse(url));
    }

    /**
     * Fetches one page, following redirects.
     *
     * @throws FetchException with a one-line reason: robots.txt refusal, a non-2xx status, a timeout, the size limit,
     *                        a redirect loop or one too many, a redirect to another scheme, a network error
     */
    public FetchResult fetch(URI url) throws FetchException {
        URI current = url;
        List<URI> redirects = new ArrayList<>();
        int retried = 0;
        while (true) {
            Robots rules = robotsFor(current);
            if (!rules.rules().isAllowed(current.toString())) {
                throw new FetchException(rules.refusal() != null ? rules.refusal()
                        : "disallowed by " + origin(current) + "/robots.txt for " + options.robotsName(),
                        0, current.toString());
            }
            pace(current, rules.crawlDelay());
            Response r = exchange(current, options.maxBytes(), false);
            if (isRedirect(r.status())) {
                URI next = redirectTarget(current, r);
                redirects.add(current);
                if (next.equals(url) || redirects.contains(next)) {
                    throw new FetchException("redirect loop: " + chain(redirects, next), r.status(), current.toString());
                }
                if (redirects.size() > options.maxRedirects()) {
                    throw new FetchException("too many redirects (more than " + options.maxRedirects() + "): "
                            + chain(redirects, next), r.status(), current.toString());
                }
                current = next;
                continue;
            }
            if (r.status() == 429 || r.status() == 503) {
                retryLater(current, r, retried++);
                continue;
            }
            if (r.status() / 100 != 2) {
                throw new FetchException("HTTP " + r.status(), r.status(), current.toString());
            }
            byte[] body = decode(r, options.maxBytes(), false);
            return new FetchResult(url, current, redirects, r.status(), r.contentType(), body, r.at());
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private URI redirectTarget(URI from, Response r) throws FetchException {
        String location = r.headers().firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FetchException("HTTP " + r.status() + " redirect without a Location header", r.status(),
                    from.toString());
        }
        try {
            return Urls.resolve(from, location);
        } catch (FetchException e) {
            throw new FetchException("redirect refused: " + e.getMessage(), r.status(), from.toString());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * After a 429 or 503: holds the host back for as long as the server asks ({@code Retry-After}, seconds or a date),
     * else for a doubling pause (twice the host interval, at least 2 s, then twice that), so the next pass of the
     * loop asks again; fails when the retries are spent or the server asks for longer than the options allow.
     */
    private void retryLater(URI uri, Response r, int retried) throws FetchException {
        String status = "HTTP " + r.status();
        if (retried >= options.retries()) {
            throw new FetchException(retried == 0 ? status : status + " (still, after " + retried
                    + (retried == 1 ? " retry)" : " retries)"), r.status(), uri.toString());
        }
        Duration asked = retryAfter(r);
        Duration wait = asked;
        if (wait == null) {
            Duration base = options.hostInterval().multipliedBy(2);
            wait = (base.compareTo(MIN_RETRY_PAUSE) < 0 ? MIN_RETRY_PAUSE : base).multipliedBy(1L << retried);
        }
        if (wait.compareTo(options.longestRetryWait()) > 0) {
            throw new FetchException(status + " (" + (asked != null ? "Retry-After " : "a retry in ")
                    + wait.toSeconds() + " s, past the " + options.longestRetryWait().toSeconds()
                    + " s a retry may wait)", r.status(), uri.toString());
        }
        pacer.defer(uri.getHost().toLowerCase(Locale.ROOT), wait);
    }

    /** The least pause before asking again a server that said 429 or 503 without a {@code Retry-After}. */
    private static final Duration MIN_RETRY_PAUSE = Duration.ofSeconds(2);

    /**
     * The wait a {@code Retry-After} header asks for (RFC 9110 10.2.3): delay seconds, or an HTTP date, counted from
     * the response's own {@code Date} when it has one (the server's clock, not ours); null when absent or unreadable.
     */
    private static Duration retryAfter(Response r) {
        String v = r.headers().firstValue("retry-after").map(String::strip).orElse(null);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.chars().allMatch(Character::isDigit)) {
            return v.length() > 9 ? Duration.ofSeconds(999_999_999) : Duration.ofSeconds(Long.parseLong(v));
        }
        Instant when = httpDate(v);
        if (when == null) {
            return null;
        }
        Instant now = r.headers().firstValue("date").map(Fetcher::httpDate).orElse(r.at());
        Duration d = Duration.between(now, when);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** An HTTP date ({@code Tue, 19 Sep 2023 08:30:00 GMT}) as an instant; null when it is not one. */
    private static Instant httpDate(String v) {
        try {
            return java.time.ZonedDateTime.parse(v.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String chain(List<URI> hops, URI last) {
        StringBuilder sb = new StringBuilder();
        for (URI u : hops) {
            sb.append(u).append(" -> ");
        }
        return Urls.shorten(sb.append(last).toString());
    }

    private void pace(URI uri, Duration crawlDelay) throws FetchException {
        Duration interval = crawlDelay.compareTo(options.hostInterval()) > 0 ? crawlDelay : options.hostInterval();
        try {
            pacer.await(uri.getHost().toLowerCase(Locale.ROOT), interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1);
    }

    /** The rules of the URL's origin, fetching its robots.txt on first use; other threads wait for that one fetch. */
    private Robots robotsFor(URI uri) throws FetchException {
        String origin = origin(uri);
        CompletableFuture<Robots> mine = new CompletableFuture<>();
        CompletableFuture<Robots> known = robots.putIfAbsent(origin, mine);
        if (known != null) {
            try {
                return known.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("robots.txt future failed", e.getCause());
            }
        }
        Robots r;
        try {
            r = loadRobots(origin);
        } catch (FetchException interrupted) {
            // Only an interrupt gets here: let a later caller try again, and never leave waiters hanging.
            robots.remove(origin, mine);
            mine.complete(refuseAll("interrupted while reading robots.txt of " + origin));
            throw interrupted;
        } catch (RuntimeException e) {
            r = refuseAll("robots.txt of " + origin + " could not be read (" + e + ")");
        }
        mine.complete(r);
        return r;
    }

    private Robots loadRobots(String origin) throws FetchException {
        URI robotsUri = URI.create(origin + "/robots.txt");
        URI current = robotsUri;
        for (int hop = 0; hop <= ROBOTS_REDIRECTS; hop++) {
            pace(current, Duration.ZERO);
            Response r;
            try {
                r = exchange(current, ROBOTS_LIMIT, true);
            } catch (FetchException e) {
                // RFC 9309 2.3.1.4: an unreachable robots.txt means the whole site is off limits for now.
                return refuseAll("robots.txt of " + origin + " unreachable (" + e.getMessage() + "): not fetched");
            }
            if (isRedirect(r.status())) {
                try {
                    current = redirectTarget(current, r);
                } catch (FetchException e) {
                    return allowAll();
                }
                continue;
            }
            if (r.status() / 100 == 2) {
                byte[] body;
                try {
                    body = decode(r, ROBOTS_LIMIT, true);
                } catch (FetchException e) {
                    return refuseAll("robots.txt of " + origin + " unreadable (" + e.getMessage() + "): not fetched");
                }
                return new Robots(new SimpleRobotRulesParser().parseContent(robotsUri.toString(), body,
                        r.contentType(), List.of(options.robotsName())), null);
            }
            if (r.status() / 100 == 4) {
                return allowAll(); // RFC 9309 2.3.1.3: "unavailable", no rules
            }
            return refuseAll("robots.txt of " + origin + " answered HTTP " + r.status()
                    + ", so the site is treated as off limits for now: not fetched");
        }
        return allowAll(); // RFC 9309: past five redirects, robots.txt may be taken as unavailable
    }

    private static Robots allowAll() {
        return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null);
    }

    private static Robots refuseAll(String why) {
        return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), why);
    }

    /** One GET, waiting at most the read timeout for each sign of life and the total timeout overall. */
    private Response exchange(URI uri, long limit, boolean truncate) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).GET()
                    .timeout(options.readTimeout())
                    .header("User-Agent", options.userAgent())
                    .header("Accept", ACCEPT)
                    .header("Accept-Encoding", "gzip, deflate")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("cannot request " + Urls.shorten(uri.toString()) + ": " + e.getMessage());
        }
        BoundedBody body = new BoundedBody(limit, truncate);
        Instant at = Instant.now();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request,
                info -> info.statusCode() / 100 == 2 ? body : body.discarding());
        long readNanos = options.readTimeout().toNanos();
        long totalDeadline = start + options.totalTimeout().toNanos();
        while (true) {
            long now = System.nanoTime();
            long idleDeadline = body.lastActivity() + readNanos;
            long wait = Math.min(idleDeadline, totalDeadline) - now;
            if (wait <= 0) {
                pending.cancel(true);
                body.abort();
                throw new FetchException(idleDeadline <= totalDeadline
                        ? "read timeout: nothing received for " + seconds(options.readTimeout())
                        : "total timeout: the response took over " + seconds(options.totalTimeout()),
                        0, uri.toString());
            }
            try {
                HttpResponse<byte[]> r = pending.get(wait, TimeUnit.NANOSECONDS);
                return new Response(r.statusCode(), r.headers(), r.body(), at);
            } catch (TimeoutException e) {
                // Not done yet: check the read and total deadlines again.
            } catch (InterruptedException e) {
                pending.cancel(true);
                body.abort();
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted");
            } catch (ExecutionException | CancellationException e) {
                throw new FetchException(reason(e instanceof ExecutionException ? e.getCause() : e, limit),
                        0, uri.toString());
            }
        }
    }

    private String reason(Throwable t, long limit) {
        Throwable c = t;
        while (c.getCause() != null && !(c instanceof BoundedBody.TooLarge) && !(c instanceof HttpTimeoutException)
                && !(c instanceof ConnectException) && !(c instanceof UnknownHostException)) {
            c = c.getCause();
        }
        if (c instanceof BoundedBody.TooLarge) {
            return "response over the " + human(limit) + " limit (raise it with --max-size)";
        }
        if (c instanceof HttpConnectTimeoutException) {
            return "connection timeout: no connection within " + seconds(options.connectTimeout());
        }
        if (c instanceof HttpTimeoutException) {
            return "read timeout: no response within " + seconds(options.readTimeout());
        }
        if (c instanceof ConnectException) {
            return "connection refused";
        }
        if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        if (c instanceof SSLException) {
            return "TLS error: " + c.getMessage();
        }
        return "network error: " + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
    }

    /** The body with its Content-Encoding undone, never more than {@code limit} bytes after decompression. */
    private static byte[] decode(Response r, long limit, boolean truncate) throws FetchException {
        String encoding = r.headers().firstValue("content-encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        byte[] raw = r.body();
        try {
            return switch (encoding) {
                case "", "identity", "none" -> raw;
                case "gzip", "x-gzip" -> readLimited(new GZIPInputStream(new ByteArrayInputStream(raw)), limit, truncate);
                case "deflate" -> inflate(raw, limit, truncate);
                default -> throw new FetchException("unsupported Content-Encoding '" + encoding + "'", r.status(), null);
            };
        } catch (IOException e) {
            throw new FetchException("corrupt " + encoding + " body: " + e.getMessage(), r.status(), null);
        }
    }

    /** HTTP's "deflate" is zlib-wrapped by the standard, raw by many servers: try the first, then the second. */
    private static byte[] inflate(byte[] raw, long limit, boolean truncate) throws IOException, FetchException {
        try {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(raw)), limit, truncate);
        } catch (ZipException e) {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), limit, truncate);
        }
    }

    private static byte[] readLimited(InputStream in, long limit, boolean truncate) throws IOException, FetchException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                if (truncate) {
                    return java.util.Arrays.copyOf(bytes, (int) limit);
                }
                throw new FetchException("decompressed response over the " + human(limit)
                        + " limit (a compression bomb?)");
            }
            return bytes;
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    static String human(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }
}

package veille.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Fetcher} against a local server only: limits, redirects, robots.txt, manners. */
class FetcherTest {
    private static final String PAGE = "<html><head><title>Accord</title></head><body><p>La Chine et la Russie ont signé un accord.</p></body></html>";

    private LocalServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = LocalServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Test options: no per-host wait (the pacing tests set their own), 1 MiB, timeouts a loaded machine meets. */
    private static FetchOptions options() {
        return FetchOptions.defaults()
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withHostInterval(Duration.ZERO)
                .withMaxBytes(1 << 20);
    }

    /** Short read timeout; the first page warms the client and reads robots.txt, so only the stall is timed. */
    private Fetcher impatientFetcher() throws FetchException {
        Fetcher f = new Fetcher(options().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(10)));
        server.html("/warm-up", PAGE);
        f.fetch(server.url("/warm-up"));
        return f;
    }

    @Test
    void aPageIsFetchedWithItsTypeCharsetAndAVeilleUserAgent() throws Exception {
        server.html("/article", PAGE);
        try (Fetcher f = new Fetcher(options())) {
            FetchResult r = f.fetch(server.url("/article"));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(r.charset()).isEqualTo("utf-8");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
            assertThat(r.finalUri().toString()).isEqualTo(server.url("/article"));
            assertThat(r.redirects()).isEmpty();
        }
        assertThat(server.requests()).containsExactly("127.0.0.1 /robots.txt", "127.0.0.1 /article");
        assertThat(server.userAgents()).allMatch(ua -> ua.startsWith("Veille/" + veille.Version.VERSION + " (+"));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        server.on("/stall", server.stall());
        try (Fetcher f = impatientFetcher()) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> f.fetch(server.url("/stall")))
                    .isInstanceOf(FetchException.class)
                    .hasMessageStartingWith("read timeout: n");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aBodyThatStopsComingTimesOut() throws Exception {
        server.on("/slow", server.stallAfterHeaders());
        try (Fetcher f = impatientFetcher()) {
            assertThatThrownBy(() -> f.fetch(server.url("/slow")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("read timeout: nothing received for 500 ms");
        }
    }

    @Test
    void aResponseOverTheLimitIsStoppedThere() throws Exception {
        server.page("/big", 200, "text/html", new byte[3 << 20]);
        try (Fetcher f = new Fetcher(options())) {
            assertThatThrownBy(() -> f.fetch(server.url("/big")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("response over the 1.0 MiB limit (raise it with --max-size)");
        }
    }

    @Test
    void aGzipBombIsStoppedAtTheLimitAfterDecompression() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 32; i++) {
                gz.write(zeros); // 32 MiB of zeros, 32 KiB on the wire
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "text/html", bomb.toByteArray());
        });
        try (Fetcher f = new Fetcher(options())) {
            assertThatThrownBy(() -> f.fetch(server.url("/bomb")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("decompressed response over the 1.0 MiB limit (a compression bomb?)");
        }
    }

    @Test
    void gzipAndBothKindsOfDeflateAreDecoded() throws Exception {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gzip)) {
            o.write(page);
        }
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (OutputStream o = new DeflaterOutputStream(zlib)) {
            o.write(page);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (OutputStream o = new DeflaterOutputStream(raw, new java.util.zip.Deflater(6, true))) {
            o.write(page);
        }
        server.on("/gzip", ex -> encoded(ex, "gzip", gzip.toByteArray()));
        server.on("/zlib", ex -> encoded(ex, "deflate", zlib.toByteArray()));
        server.on("/raw", ex -> encoded(ex, "deflate", raw.toByteArray()));
        try (Fetcher f = new Fetcher(options())) {
            for (String path : List.of("/gzip", "/zlib", "/raw")) {
                assertThat(f.fetch(server.url(path)).body()).as(path).isEqualTo(page);
            }
        }
    }

    private static void encoded(com.sun.net.httpserver.HttpExchange ex, String encoding, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Encoding", encoding);
        LocalServer.send(ex, 200, "text/html", body);
    }

    @Test
    void aRedirectChainIsFollowedToTheFinalPage() throws Exception {
        server.redirect("/old", 301, "/moved");
        server.redirect("/moved", 302, server.url("localhost", "/final"));
        server.html("/final", PAGE);
        try (Fetcher f = new Fetcher(options())) {
            FetchResult r = f.fetch(server.url("/old"));
            assertThat(r.finalUri().toString()).isEqualTo(server.url("localhost", "/final"));
            assertThat(r.redirects()).extracting(Object::toString)
                    .containsExactly(server.url("/old"), server.url("/moved"));
        }
        // Each host's robots.txt is read before its first page.
        assertThat(server.requests()).containsExactly("127.0.0.1 /robots.txt", "127.0.0.1 /old", "127.0.0.1 /moved",
                "localhost /robots.txt", "localhost /final");
    }

    @Test
    void aRedirectLoopIsReportedNotFollowedForever() throws Exception {
        server.redirect("/a", 302, "/b");
        server.redirect("/b", 302, "/a");
        try (Fetcher f = new Fetcher(options())) {
            assertThatThrownBy(() -> f.fetch(server.url("/a")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> " + server.url("/a"));
        }
    }

    @Test
    void moreRedirectsThanTheLimitAreRefused() throws Exception {
        for (int i = 0; i < 8; i++) {
            server.redirect("/r" + i, 307, "/r" + (i + 1));
        }
        try (Fetcher f = new Fetcher(options().withMaxRedirects(3))) {
            assertThatThrownBy(() -> f.fetch(server.url("/r0")))
                    .isInstanceOf(FetchException.class)
                    .hasMessageStartingWith("too many redirects (more than 3): ");
        }
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() throws Exception {
        server.redirect("/to-file", 302, "file:///etc/passwd");
        server.redirect("/to-ftp", 301, "ftp://127.0.0.1/x");
        try (Fetcher f = new Fetcher(options())) {
            assertThatThrownBy(() -> f.fetch(server.url("/to-file")))
                    .hasMessage("redirect refused: not an http or https URL: 'file:///etc/passwd'");
            assertThatThrownBy(() -> f.fetch(server.url("/to-ftp")))
                    .hasMessage("redirect refused: not an http or https URL: 'ftp://127.0.0.1/x'");
        }
    }

    @Test
    void errorStatusesAreOneLineFailuresWithTheirStatus() throws Exception {
        server.page("/gone", 404, "text/html", "<p>introuvable</p>".getBytes(StandardCharsets.UTF_8));
        server.page("/broken", 500, "text/html", "<p>erreur</p>".getBytes(StandardCharsets.UTF_8));
        try (Fetcher f = new Fetcher(options())) {
            assertThatThrownBy(() -> f.fetch(server.url("/gone")))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e).hasMessage("HTTP 404");
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.finalUrl()).isEqualTo(server.url("/gone"));
                    });
            assertThatThrownBy(() -> f.fetch(server.url("/broken"))).hasMessage("HTTP 500");
        }
    }

    @Test
    void robotsTxtIsReadOnceAndItsDisallowObeyed() throws Exception {
        server.page("/robots.txt", 200, "text/plain", String.join("\n",
                "User-agent: *", "Disallow: /", "", "User-agent: Veille", "Disallow: /private/", "Allow: /").getBytes());
        server.html("/public", PAGE);
        server.html("/private/page", PAGE);
        try (Fetcher f = new Fetcher(options())) {
            assertThat(f.fetch(server.url("/public")).status()).isEqualTo(200);
            assertThatThrownBy(() -> f.fetch(server.url("/private/page")))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("disallowed by " + server.url("") + "/robots.txt for veille");
            assertThat(f.fetch(server.url("/public")).status()).isEqualTo(200);
        }
        assertThat(server.requests()).containsExactly("127.0.0.1 /robots.txt", "127.0.0.1 /public", "127.0.0.1 /public");
    }

    @Test
    void aRobotsTxtThatAnswers503KeepsTheSiteOffLimitsAnd404OpensIt() throws Exception {
        server.on("/robots.txt", ex -> LocalServer.send(ex,
                ex.getRequestHeaders().getFirst("Host").startsWith("127.0.0.1") ? 503 : 404, "text/plain", new byte[0]));
        server.html("/page", PAGE);
        try (Fetcher f = new Fetcher(options())) {
            assertThatThrownBy(() -> f.fetch(server.url("/page")))
                    .hasMessage("robots.txt of " + server.url("") + " answered HTTP 503, so the site is treated as off "
                            + "limits for now: not fetched");
            // localhost has no robots.txt (404): allowed.
            assertThat(f.fetch(server.url("localhost", "/page")).status()).isEqualTo(200);
        }
    }

    @Test
    void aRobotsCrawlDelayLengthensTheWaitForItsHost() throws Exception {
        server.page("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 5\n".getBytes());
        server.html("/a", PAGE);
        server.html("/b", PAGE);
        VirtualClock clock = new VirtualClock();
        try (Fetcher f = new Fetcher(options().withHostInterval(Duration.ofSeconds(1)), new HostPacer(clock))) {
            f.fetch(server.url("/a"));
            f.fetch(server.url("/b"));
        }
        // robots.txt at 0 s, /a at 1 s (robots.txt is paced at the plain interval), /b 5 s later.
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    @Test
    void requestsToOneHostAreSpacedWhileOtherHostsGoOn() throws Exception {
        server.html("/a", PAGE);
        server.html("/b", PAGE);
        server.html("/c", PAGE);
        VirtualClock clock = new VirtualClock();
        List<String> starts = Collections.synchronizedList(new ArrayList<>());
        server.on("/robots.txt", ex -> {
            starts.add(ex.getRequestHeaders().getFirst("Host").split(":")[0] + " robots " + clock.millis());
            LocalServer.send(ex, 404, "text/plain", new byte[0]);
        });
        for (String p : List.of("/a", "/b", "/c")) {
            server.on(p, ex -> {
                starts.add(ex.getRequestHeaders().getFirst("Host").split(":")[0] + " " + p + " " + clock.millis());
                LocalServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            });
        }
        try (Fetcher f = new Fetcher(options().withHostInterval(Duration.ofSeconds(1)), new HostPacer(clock))) {
            f.fetch(server.url("127.0.0.1", "/a"));
            f.fetch(server.url("127.0.0.1", "/b"));
            f.fetch(server.url("localhost", "/c"));
            f.fetch(server.url("127.0.0.1", "/c"));
        }
        // Virtual milliseconds: one request a second on 127.0.0.1; localhost starts at once.
        assertThat(starts).containsExactly("127.0.0.1 robots 0", "127.0.0.1 /a 1000", "127.0.0.1 /b 2000",
                "localhost robots 2000", "localhost /c 3000", "127.0.0.1 /c 3000");
    }

    @Test
    void a429IsAskedAgainAfterTheWaitItsRetryAfterAsksFor() throws Exception {
        busyOnce("/busy", 429, () -> "7");
        VirtualClock clock = new VirtualClock();
        try (Fetcher f = new Fetcher(options(), new HostPacer(clock))) {
            assertThat(f.fetch(server.url("/busy")).status()).isEqualTo(200);
        }
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requests()).containsExactly("127.0.0.1 /robots.txt", "127.0.0.1 /busy", "127.0.0.1 /busy");
    }

    @Test
    void a503WithoutRetryAfterIsAskedAgainAfterDoublingPausesThenReported() throws Exception {
        server.page("/down", 503, "text/html", "<p>maintenance</p>".getBytes(StandardCharsets.UTF_8));
        VirtualClock clock = new VirtualClock();
        try (Fetcher f = new Fetcher(options(), new HostPacer(clock))) {
            assertThatThrownBy(() -> f.fetch(server.url("/down")))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e).hasMessage("HTTP 503 (still, after 2 retries)");
                        assertThat(e.status()).isEqualTo(503);
                    });
        }
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(server.requests()).containsExactly("127.0.0.1 /robots.txt", "127.0.0.1 /down", "127.0.0.1 /down",
                "127.0.0.1 /down");
    }

    @Test
    void aRetryAfterPastTheLongestWaitIsReportedAtOnceAndNoRetriesMeansNone() throws Exception {
        server.on("/later", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LocalServer.send(ex, 429, "text/plain", new byte[0]);
        });
        VirtualClock clock = new VirtualClock();
        try (Fetcher f = new Fetcher(options(), new HostPacer(clock))) {
            assertThatThrownBy(() -> f.fetch(server.url("/later")))
                    .hasMessage("HTTP 429 (Retry-After 3600 s, past the 60 s a retry may wait)");
        }
        try (Fetcher f = new Fetcher(options().withRetries(0, Duration.ofMinutes(1)), new HostPacer(clock))) {
            assertThatThrownBy(() -> f.fetch(server.url("/later"))).hasMessage("HTTP 429");
        }
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void aRetryAfterDateIsCountedFromTheServersDate() throws Exception {
        // the JDK's server stamps its own Date header: the retry date is 30 s after the current second
        busyOnce("/busy", 503, () -> java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0).plusSeconds(30)));
        VirtualClock clock = new VirtualClock();
        try (Fetcher f = new Fetcher(options(), new HostPacer(clock))) {
            assertThat(f.fetch(server.url("/busy")).status()).isEqualTo(200);
        }
        assertThat(clock.sleeps()).hasSize(1);
        assertThat(clock.sleeps().get(0)).isBetween(Duration.ofSeconds(28), Duration.ofSeconds(31));
    }

    /** A page that answers {@code status} with a {@code Retry-After} once, then the page. */
    private void busyOnce(String path, int status, java.util.function.Supplier<String> retryAfter) {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        server.on(path, ex -> {
            if (calls.getAndIncrement() == 0) {
                ex.getResponseHeaders().set("Retry-After", retryAfter.get());
                LocalServer.send(ex, status, "text/plain", new byte[0]);
            } else {
                LocalServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** A clock that only moves when someone sleeps, recording each sleep: no test waits on wall time. */
    static final class VirtualClock implements HostPacer.Clock {
        private final AtomicLong now = new AtomicLong();
        private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleep(long nanos) {
            sleeps.add(Duration.ofNanos(nanos));
            now.addAndGet(nanos);
        }

        long millis() {
            return now.get() / 1_000_000;
        }

        List<Duration> sleeps() {
            synchronized (sleeps) {
                return List.copyOf(sleeps);
            }
        }
    }
}

package veille.store;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * The store's REST API (Javalin): JSON answers, every endpoint in {@code /openapi.json}. Binds the loopback interface
 * unless another host is asked for. Errors are {@code {"error": CODE, "message": ...}} with 400 (bad parameter),
 * 404 (unknown id or path), 405, 413 (request too large), 429 (rate limit) or 500. Every answer carries security
 * headers (a Content-Security-Policy, no sniffing, no framing, no referrer).
 */
public final class StoreServer implements AutoCloseable {
    /** Settings: where to listen and how much to accept. */
    public record Options(String host, int port, int requestsPerSecond, long maxRequestBytes) {
        public static Options defaults() {
            return new Options("127.0.0.1", 8080, 100, 16 * 1024);
        }

        public Options withHost(String h) {
            return new Options(h, port, requestsPerSecond, maxRequestBytes);
        }

        public Options withPort(int p) {
            return new Options(host, p, requestsPerSecond, maxRequestBytes);
        }

        /** @param r requests per second per client address (bursts of twice that); 0 for no limit */
        public Options withRateLimit(int r) {
            return new Options(host, port, r, maxRequestBytes);
        }
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final SearchBackend search;
    private final Options options;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    /** Requests answered at once: the number of cores (fair: first come, first served). */
    private final Semaphore working = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    /** Whether {@link SavedSearches} is served: the one place where writes are taken. */
    private final boolean writes;

    private StoreServer(SearchBackend search, Options options, List<Consumer<Javalin>> pages) {
        this.search = search;
        this.options = options;
        this.writes = pages.stream().anyMatch(p -> p instanceof SavedSearches);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = options.maxRequestBytes();
            c.http.defaultContentType = "application/json";
            c.jetty.modifyHttpConfiguration(h -> {
                h.setRequestHeaderSize((int) Math.max(8192, options.maxRequestBytes()));
                h.setSendServerVersion(false);
            });
        });
        routes(pages.isEmpty());
        // Other modules (the web UI) add their pages here; the store never depends on them.
        pages.forEach(p -> p.accept(app));
    }

    /** Starts a server on {@code options.host()}:{@code options.port()} (port 0: any free port). */
    public static StoreServer start(SearchBackend search, Options options) {
        return start(search, options, List.of());
    }

    /**
     * Starts a server with more routes: each registrar adds its pages to the Javalin app after the API's. When there
     * is any, the page at {@code /} is theirs to serve. The security headers and limits apply to their answers too.
     */
    public static StoreServer start(SearchBackend search, Options options, List<Consumer<Javalin>> pages) {
        StoreServer s = new StoreServer(search, options, pages);
        s.app.start(options.host(), options.port());
        return s;
    }

    /** The port listened on (the one chosen when 0 was asked). */
    public int port() {
        return app.port();
    }

    /** The base URL. */
    public String url() {
        String h = options.host();
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    /** Whether {@code host} names only this machine (a loopback address). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes(boolean index) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
            ctx.header("Cross-Origin-Resource-Policy", "same-origin");
            if (options.requestsPerSecond() > 0 && !allow(ctx.ip())) {
                throw new Refused(429, "rate_limited", "too many requests: at most " + options.requestsPerSecond()
                        + " a second");
            }
            if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS
                    && !(writes && SavedSearches.acceptsWrite(ctx))) {
                throw new Refused(405, "method_not_allowed", "the API is read-only: GET only (but for same-origin "
                        + "JSON writes to " + SavedSearches.PATH + " when the UI serves them)");
            }
            if (ctx.contentLength() > options.maxRequestBytes()) {
                throw new Refused(413, "too_large", "the request is larger than " + options.maxRequestBytes() + " bytes");
            }
        });
        if (index) {
            app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("index.html")));
        }
        app.get("/health", ctx -> json(ctx, StoreSearch.map("status", "ok", "articles", search.count())));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("openapi.json")));
        app.get("/api/stats", limited(ctx -> json(ctx, search.stats())));
        app.get("/api/search", limited(ctx -> json(ctx, search.search(params(ctx)))));
        app.get("/api/articles/{id}", ctx -> {
            String row = search.article(ctx.pathParam("id"))
                    .orElseThrow(() -> new Refused(404, "not_found", "no article with id " + ctx.pathParam("id")));
            ctx.contentType("application/json").result(row);
        });
        app.get("/api/entities", limited(ctx -> json(ctx, search.entities(ctx.queryParam("q"),
                params(ctx).integer("limit", 20, 1, 1000)))));
        app.get("/api/entities/{id}", limited(ctx -> json(ctx, search.entity(ctx.pathParam("id"))
                .orElseThrow(() -> new Refused(404, "not_found", "no entity with id " + ctx.pathParam("id"))))));
        app.get("/api/quotes", limited(ctx -> json(ctx, search.quotes(params(ctx)))));
        app.get("/api/events", limited(ctx -> json(ctx, search.events(params(ctx)))));
        app.get("/api/timeline", limited(ctx -> json(ctx, search.timeline(params(ctx)))));
        app.get("/api/graph", limited(ctx -> json(ctx, search.graph(params(ctx)))));
        app.get("/api/export", ctx -> {
            Params p = params(ctx);
            String format = p.choice("format", "jsonl", "jsonl", "csv", "plover", "gdelt");
            // Checked before the first byte goes out, so a bad filter is still a 400.
            search.validate(p);
            ctx.contentType(Exporter.FORMATS.get(format));
            ctx.header("Content-Disposition", "attachment; filename=\"veille-export." + (format.equals("gdelt")
                    ? "tsv" : format.equals("csv") ? "csv" : "jsonl") + "\"");
            Exporter.export(search, p, format, ctx.res().getOutputStream());
        });

        app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.code(), e.getMessage()));
        app.exception(Refused.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_SET) == null) {
                error(ctx, 404, "not_found", "no such path: " + ctx.path() + " (see /openapi.json)");
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_SET) == null) {
                error(ctx, 405, "method_not_allowed", "the API is read-only: GET only");
            }
        });
        app.error(413, ctx -> {
            if (ctx.attribute(ERROR_SET) == null) {
                error(ctx, 413, "too_large", "the request is too large");
            }
        });
    }

    /**
     * Runs a handler when one of the {@link #working} permits is free. The answers are CPU work: with as many at once
     * as there are cores, each runs to its end instead of sharing the cores with every other request, so a request's
     * time is its own work plus its wait in line (first come, first served), not the sum of all the work in flight.
     * Exports (long streams) are not limited.
     */
    private Handler limited(Handler h) {
        return ctx -> {
            working.acquire();
            try {
                h.handle(ctx);
            } finally {
                working.release();
            }
        };
    }

    private static Params params(Context ctx) {
        return new Params(ctx.queryParamMap());
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(StoreSearch.bytes(value));
    }

    /** Marks an answer already written as a JSON error, so that the status handlers leave it alone. */
    private static final String ERROR_SET = "veille.error";

    private static void error(Context ctx, int status, String code, String message) {
        ctx.attribute(ERROR_SET, Boolean.TRUE);
        ctx.status(status).contentType("application/json")
                .result(StoreSearch.bytes(StoreSearch.map("error", code, "message", message)));
    }

    private static byte[] resource(String name) {
        try (InputStream in = StoreServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token bucket per client address: {@code rate} a second, bursts of twice that. */
    private boolean allow(String ip) {
        if (buckets.size() > 10_000) {
            buckets.clear(); // many addresses: start afresh rather than grow without bound
        }
        return buckets.computeIfAbsent(ip, k -> new Bucket(options.requestsPerSecond())).take();
    }

    private static final class Bucket {
        private final double rate;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int rate) {
            this.rate = rate;
            this.tokens = 2.0 * rate;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(2.0 * rate, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }

    /** A request refused before it reaches the store. */
    static final class Refused extends RuntimeException {
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}

package veille.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 with an ephemeral port, for fetch tests: never the network. Paths are registered with
 * their handlers; anything else is a 404. Requests are recorded as {@code HOST PATH} ({@code localhost} and
 * {@code 127.0.0.1} reach the same server but are two hosts to the fetcher).
 */
final class LocalServer implements AutoCloseable {
    /** Answers one request. */
    interface Handler {
        void handle(HttpExchange ex) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    /** Released on close, so stalling handlers end with the test. */
    private final CountDownLatch closing = new CountDownLatch(1);

    private LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", ex -> {
            String host = ex.getRequestHeaders().getFirst("Host");
            String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? ""
                    : "?" + ex.getRequestURI().getRawQuery());
            requests.add(host.substring(0, host.lastIndexOf(':')) + " " + path);
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            Handler h = handlers.get(path);
            try {
                if (h == null) {
                    send(ex, 404, "text/plain", "not found".getBytes());
                } else {
                    h.handle(ex);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // The client went away (a timeout or a size limit): nothing to do.
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    static LocalServer start() throws IOException {
        return new LocalServer();
    }

    /** Registers a handler for a path (with its query, if any). */
    LocalServer on(String path, Handler h) {
        handlers.put(path, h);
        return this;
    }

    /** Registers a page. */
    LocalServer page(String path, int status, String contentType, byte[] body) {
        return on(path, ex -> send(ex, status, contentType, body));
    }

    /** Registers an HTML page in UTF-8. */
    LocalServer html(String path, String html) {
        return page(path, 200, "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Registers a redirect. */
    LocalServer redirect(String path, int status, String location) {
        return on(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(status, -1);
        });
    }

    /** A handler that never answers (until the server closes). */
    Handler stall() {
        return ex -> closing.await(30, TimeUnit.SECONDS);
    }

    /** A handler that sends its headers, a few bytes, then nothing more. */
    Handler stallAfterHeaders() {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<p>début".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            closing.await(30, TimeUnit.SECONDS);
        };
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** {@code http://127.0.0.1:PORT/path}. */
    String url(String path) {
        return url("127.0.0.1", path);
    }

    /** {@code http://HOST:PORT/path}. */
    String url(String host, String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    /** The requests so far, as {@code HOST PATH}. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The User-Agent headers received. */
    List<String> userAgents() {
        synchronized (userAgents) {
            return List.copyOf(userAgents);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}

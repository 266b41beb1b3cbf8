package veille.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 with an ephemeral port for the command-line tests: never the network. */
final class TestServer implements AutoCloseable {
    private record Page(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Page fallback;

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getRawPath()
                        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
                requests.add(path);
                Page p = pages.getOrDefault(path, path.equals("/robots.txt") || fallback == null
                        ? new Page(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8)) : fallback);
                ex.getResponseHeaders().set("Content-Type", p.contentType());
                ex.sendResponseHeaders(p.status(), p.body().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(p.body());
                }
            } catch (IOException e) {
                // The client went away.
            }
        });
        server.start();
    }

    TestServer page(String path, int status, String contentType, String body) {
        pages.put(path, new Page(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    TestServer html(String path, String body) {
        return page(path, 200, "text/html; charset=utf-8", body);
    }

    /** The page any unregistered path gets (robots.txt excepted). */
    TestServer fallback(String html) {
        fallback = new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * OpenSearch's REST API over the JDK's HTTP client: JSON in, JSON out. The query DSL is JSON already, so a tree of
 * Jackson nodes is all a request needs; no client library (and none of its dependencies) comes onto the class path.
 * Thread-safe.
 */
public final class OpenSearchHttp {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param url the cluster's address, {@code http://host:9200} */
    public OpenSearchHttp(String url) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** A failed request: OpenSearch's status and its error. */
    public static final class Failure extends RuntimeException {
        public final int status;

        Failure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    public String url() {
        return base.toString();
    }

    /** Sends {@code body} (null for none) and reads the JSON answer; a status of 400 or more is a {@link Failure}. */
    public JsonNode send(String method, String path, Object body) {
        String text = body == null ? null : body instanceof String s ? s : StoreSearch.string(body);
        return send(method, path, text, "application/json");
    }

    /** A bulk request: NDJSON lines. */
    public JsonNode bulk(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    private JsonNode send(String method, String path, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 400) {
                throw new Failure(r.statusCode(), "OpenSearch answered " + r.statusCode() + " to " + method + " " + path
                        + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body().length == 0 ? StoreSearch.object() : StoreSearch.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach OpenSearch at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether {@code path} exists (HEAD answers 200). */
    public boolean exists(String path) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path)).method("HEAD",
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach OpenSearch at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Search history and saved searches, kept in the store's folder ({@code searches.json}, beside the index; Lucene
 * leaves files it does not name alone): {@code GET /api/searches}, {@code POST /api/searches/history},
 * {@code POST /api/searches/saved}, {@code DELETE /api/searches/saved/{id}}. The only writes the server takes: a
 * write must be JSON from the same origin (a cross-site form cannot send JSON without a CORS preflight, which the
 * server never grants). A search is kept as the query string of its {@code /search} URL, never run by the server.
 */
public final class SavedSearches implements Consumer<Javalin> {
    /** The path under which writes are accepted. */
    public static final String PATH = "/api/searches";
    static final String FILE = "searches.json";
    /** History entries kept (oldest dropped). */
    static final int HISTORY = 50;
    /** Saved searches kept at most. */
    static final int SAVED = 200;
    static final int MAX_QUERY = 2000;
    static final int MAX_NAME = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public SavedSearches(Path storeDir) {
        this.file = storeDir.resolve(FILE);
    }

    @Override
    public void accept(Javalin app) {
        app.get(PATH, ctx -> ctx.contentType("application/json").result(JSON.writeValueAsBytes(read())));
        app.post(PATH + "/history", ctx -> {
            String q = query(body(ctx));
            ctx.contentType("application/json").result(JSON.writeValueAsBytes(addHistory(q)));
        });
        app.post(PATH + "/saved", ctx -> {
            JsonNode b = body(ctx);
            String q = query(b);
            String name = text(b, "name", MAX_NAME);
            ctx.status(201).contentType("application/json").result(JSON.writeValueAsBytes(save(name, q)));
        });
        app.delete(PATH + "/saved/{id}", ctx -> {
            if (!delete(ctx.pathParam("id"))) {
                throw new StoreServer.Refused(404, "not_found", "no saved search " + ctx.pathParam("id"));
            }
            ctx.status(204);
        });
    }

    /** Whether a request that is not a GET may go on to these handlers: a JSON body from this same origin. */
    public static boolean acceptsWrite(Context ctx) {
        if (!ctx.path().startsWith(PATH + "/")
                || (ctx.method() != HandlerType.POST && ctx.method() != HandlerType.DELETE)) {
            return false;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return false;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.replaceFirst("^https?://", "").equals(ctx.host())) {
            return false;
        }
        String type = ctx.contentType();
        return ctx.method() == HandlerType.DELETE || (type != null && type.startsWith("application/json"));
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new BadRequest("bad_body", "the body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new BadRequest("bad_body", "the body is not JSON");
        }
    }

    private static String text(JsonNode b, String field, int max) {
        JsonNode v = b.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BadRequest("bad_parameter", field + " is missing");
        }
        String s = v.asText().strip();
        if (s.length() > max) {
            throw new BadRequest("bad_parameter", field + " is longer than " + max + " characters");
        }
        return s;
    }

    /** The search as the query string of its /search URL (no leading '?'). */
    private static String query(JsonNode b) {
        String q = text(b, "query", MAX_QUERY);
        return q.startsWith("?") ? q.substring(1) : q;
    }

    /** The history (newest first) and the saved searches (newest first). */
    public synchronized ObjectNode read() {
        ObjectNode root = JSON.createObjectNode();
        if (Files.exists(file)) {
            try {
                JsonNode n = JSON.readTree(file.toFile());
                if (n != null && n.isObject()) {
                    root = (ObjectNode) n;
                }
            } catch (IOException e) {
                // A damaged file is not worth failing the page for: start again empty.
                root = JSON.createObjectNode();
            }
        }
        if (!(root.get("history") instanceof ArrayNode)) {
            root.putArray("history");
        }
        if (!(root.get("saved") instanceof ArrayNode)) {
            root.putArray("saved");
        }
        return root;
    }

    synchronized ObjectNode addHistory(String query) {
        ObjectNode root = read();
        ArrayNode h = (ArrayNode) root.get("history");
        // The same search again moves to the top instead of repeating.
        for (int i = h.size() - 1; i >= 0; i--) {
            if (query.equals(h.get(i).path("query").asText())) {
                h.remove(i);
            }
        }
        h.insertObject(0).put("query", query).put("at", Instant.now().toString());
        while (h.size() > HISTORY) {
            h.remove(h.size() - 1);
        }
        write(root);
        return root;
    }

    synchronized ObjectNode save(String name, String query) {
        ObjectNode root = read();
        ArrayNode s = (ArrayNode) root.get("saved");
        if (s.size() >= SAVED) {
            throw new BadRequest("too_many", "at most " + SAVED + " saved searches: delete one first");
        }
        ObjectNode e = s.insertObject(0);
        e.put("id", UUID.randomUUID().toString()).put("name", name).put("query", query).put("at", Instant.now().toString());
        write(root);
        return e;
    }

    synchronized boolean delete(String id) {
        ObjectNode root = read();
        ArrayNode s = (ArrayNode) root.get("saved");
        for (int i = 0; i < s.size(); i++) {
            if (id.equals(s.get(i).path("id").asText())) {
                s.remove(i);
                write(root);
                return true;
            }
        }
        return false;
    }

    /** Written to a temporary file, then moved over the old one: a crash leaves the old or the new, never half. */
    private void write(ObjectNode root) {
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package veille.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The analyst's web UI: registers its pages and assets on the store server's Javalin app
 * ({@code StoreServer.start(search, options, List.of(new WebUi()))}). Every page is a fixed HTML shell with no data in
 * it; its ES module fetches the JSON API and inserts every article-derived string through DOM text nodes. Assets come
 * from a fixed list of class-path resources, never from a path in the request.
 */
public final class WebUi implements Consumer<Javalin> {
    /** Asset name to content type: the only files served under {@code /assets/}. */
    static final Map<String, String> ASSETS = Map.of(
            "ui.css", "text/css; charset=utf-8",
            "ui.js", "text/javascript; charset=utf-8",
            "search.js", "text/javascript; charset=utf-8",
            "article.js", "text/javascript; charset=utf-8",
            "entity.js", "text/javascript; charset=utf-8",
            "events.js", "text/javascript; charset=utf-8",
            "quotes.js", "text/javascript; charset=utf-8",
            "graph.js", "text/javascript; charset=utf-8");

    /**
     * Libraries from npm, copied into the jar by the build (package.json, package-lock.json): served like the UI's
     * own assets, so that nothing comes from another host.
     */
    static final Map<String, String> VENDOR = Map.of(
            "cytoscape.esm.min.mjs", "text/javascript; charset=utf-8");

    /** Page path to its shell. */
    static final Map<String, String> PAGES = Map.of(
            "/search", "search.html",
            "/articles/{id}", "article.html",
            "/entities/{id}", "entity.html",
            "/events", "events.html",
            "/quotes", "quotes.html",
            "/graph", "graph.html");

    @Override
    public void accept(Javalin app) {
        app.get("/", ctx -> ctx.redirect("/search"));
        PAGES.forEach((path, shell) -> {
            byte[] html = resource(shell);
            app.get(path, ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
        });
        ASSETS.forEach((name, type) -> {
            byte[] body = resource(name);
            app.get("/assets/" + name, ctx -> asset(ctx, type, body));
        });
        VENDOR.forEach((name, type) -> {
            byte[] body = resource(name);
            // A fixed library, the same bytes until the next release: the browser may keep it for an hour.
            app.get("/assets/" + name, ctx -> asset(ctx.header("Cache-Control", "max-age=3600"), type, body));
        });
    }

    private static void asset(Context ctx, String type, byte[] body) {
        ctx.contentType(type).result(body);
    }

    static byte[] resource(String name) {
        try (InputStream in = WebUi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import veille.talk.Cluster;
import veille.talk.ClusterJson;

/**
 * The talking-points API over a store ({@code GET /api/talking-points}, {@code GET /api/talking-points/{id}}),
 * registered on the store server's app like any other route set:
 * {@code StoreServer.start(search, options, List.of(new TalkingPointsApi(store), ...))}. Each request brings
 * the store's discovery index up to date first (only the articles stored since the last request are added).
 */
public final class TalkingPointsApi implements Consumer<Javalin> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StoreTalkingPoints points;

    public TalkingPointsApi(CorpusStore store) {
        this.points = new StoreTalkingPoints(store);
    }

    @Override
    public void accept(Javalin app) {
        app.get("/api/talking-points", this::list);
        app.get("/api/talking-points/{id}", this::one);
    }

    private void list(Context ctx) {
        Params p = new Params(ctx.queryParamMap());
        String kind = p.choice("kind", "all", "all", "reuse", "phrase");
        int minOutlets = p.integer("min_outlets", 2, 1, 1000);
        int limit = p.integer("limit", 50, 1, 1000);
        int offset = p.integer("offset", 0, 0, 1_000_000);
        String from = date(p, "from", false);
        String to = date(p, "to", true);
        List<Cluster> kept = new ArrayList<>();
        for (Cluster c : points.clusters()) {
            Cluster w = StoreTalkingPoints.within(c, from, to);
            if (w != null && w.outlets().size() >= minOutlets && (kind.equals("all") || kind.equals(w.kind()))) {
                kept.add(w);
            }
        }
        Map<String, String> ids = points.idsBySource();
        ObjectNode out = JSON.createObjectNode();
        out.put("total", kept.size());
        out.put("offset", offset);
        ArrayNode arr = out.putArray("clusters");
        for (Cluster c : kept.subList(Math.min(offset, kept.size()), Math.min(kept.size(), offset + limit))) {
            arr.add(node(c, ids));
        }
        ctx.contentType("application/json").result(StoreSearch.bytes(out));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        for (Cluster c : points.clusters()) {
            if (c.id().equals(id)) {
                ctx.contentType("application/json").result(StoreSearch.bytes(node(c, points.idsBySource())));
                return;
            }
        }
        throw new StoreServer.Refused(404, "not_found", "no talking point with id " + id);
    }

    /** A date parameter as {@code YYYY-MM-DD} (YYYY-MM and YYYY: their first or last day), or null. */
    private static String date(Params p, String name, boolean end) {
        Long day = p.day(name, end);
        return day == null ? null : LocalDate.ofEpochDay(day).toString();
    }

    /** The cluster as ClusterJson writes it, each member with {@code article}: its id in the store. */
    private static JsonNode node(Cluster c, Map<String, String> ids) {
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(ClusterJson.write(c));
            ((ObjectNode) n.get("first")).put("article", ids.get(c.first().source()));
            for (JsonNode m : n.get("members")) {
                ((ObjectNode) m).put("article", ids.get(m.get("source").asText()));
            }
            n.put("members_count", c.members().size());
            return n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

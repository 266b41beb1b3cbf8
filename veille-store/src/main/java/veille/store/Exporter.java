package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams every match of a query in one of four formats: {@code jsonl} (the stored rows with their id), {@code csv}
 * (one line per article), {@code plover} (one JSON line per event, PLOVER/POLECAT-style fields) and {@code gdelt}
 * (one tab-separated line per event, a subset of GDELT 1.0's event columns, PLOVER types mapped to CAMEO roots by
 * {@code plover-cameo.tsv}).
 */
public final class Exporter {
    /** The formats and their content types. */
    public static final Map<String, String> FORMATS = Map.of("jsonl", "application/x-ndjson; charset=utf-8",
            "csv", "text/csv; charset=utf-8", "plover", "application/x-ndjson; charset=utf-8",
            "gdelt", "text/tab-separated-values; charset=utf-8");

    private static final Map<String, String[]> CAMEO = cameo();

    private Exporter() {
    }

    private static Map<String, String[]> cameo() {
        Map<String, String[]> m = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Exporter.class.getResourceAsStream("plover-cameo.tsv"), StandardCharsets.UTF_8))) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                if (f.length >= 3) {
                    m.put(f[0], new String[] {f[1], f[2]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** Writes every match of {@code p} to {@code out} in {@code format} (one of {@link #FORMATS}). */
    public static void export(SearchBackend search, Params p, String format, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            switch (format) {
                case "csv" -> w.write("id,published,outlet,lang,title,source,entities,quotes,events\n");
                case "gdelt" -> w.write(String.join("\t", "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name",
                        "Actor2Code", "Actor2Name", "EventCode", "EventRootCode", "QuadClass", "ActionGeo_FullName",
                        "ActionGeo_Code", "DATEADDED", "SOURCEURL", "PLOVER") + "\n");
                default -> {
                }
            }
            search.forEachMatch(p, (id, json) -> {
                try {
                    write(format, id, json, w);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String format, String id, String json, Writer w) throws IOException {
        if (format.equals("jsonl")) {
            w.write(StoreSearch.withId(id, json));
            w.write('\n');
            return;
        }
        JsonNode row = StoreSearch.tree(json);
        String published = ArticleIndexer.text(row, "published");
        if (format.equals("csv")) {
            w.write(String.join(",", id, csv(published), csv(ArticleIndexer.text(row, "outlet")),
                    csv(ArticleIndexer.text(row, "lang")), csv(ArticleIndexer.text(row, "title")),
                    csv(ArticleIndexer.text(row, "source")), String.valueOf(row.path("entities").size()),
                    String.valueOf(row.path("quotes").size()), String.valueOf(row.path("events").size())));
            w.write('\n');
            return;
        }
        int i = 0;
        for (JsonNode ev : row.path("events")) {
            i++;
            String eventId = id + "-" + i;
            String date = ArticleIndexer.epochDay(ArticleIndexer.text(ev, "date")) != null
                    ? ArticleIndexer.text(ev, "date") : published;
            JsonNode who = ev.path("participants");
            JsonNode a1 = who.size() > 0 ? who.get(0) : null;
            JsonNode a2 = who.size() > 1 ? who.get(1) : null;
            JsonNode place = ev.path("place");
            String type = ev.path("type").asText();
            if (format.equals("plover")) {
                var o = StoreSearch.object();
                o.put("event_id", eventId);
                o.put("story_id", id);
                o.put("story_date", published);
                o.put("publisher", ArticleIndexer.text(row, "outlet"));
                o.put("source", ArticleIndexer.text(row, "source"));
                o.put("event_date", date);
                o.put("event_type", type);
                o.put("event_mode", ArticleIndexer.text(ev, "mode"));
                o.put("event_status", ArticleIndexer.text(ev, "status"));
                o.set("actor", a1 == null ? null : actor(a1));
                var recipients = o.putArray("recipient");
                for (int k = 1; k < who.size(); k++) {
                    recipients.add(actor(who.get(k)));
                }
                o.set("location", place.isObject() ? actor(place) : null);
                o.put("contexts", ArticleIndexer.text(ev, "occasion"));
                o.put("event_text", ev.path("evidence").path("text").asText(null));
                w.write(StoreSearch.string(o));
                w.write('\n');
            } else {
                String[] cameo = CAMEO.getOrDefault(type, new String[] {"", ""});
                w.write(String.join("\t", eventId, date == null ? "" : date.replace("-", ""),
                        tsv(a1, "id"), tsv(a1, "name"), tsv(a2, "id"), tsv(a2, "name"), cameo[0], cameo[0], cameo[1],
                        place.isObject() ? tsv(place, "name") : "", place.isObject() ? tsv(place, "id") : "",
                        published == null ? "" : published.replace("-", ""),
                        clean(ArticleIndexer.text(row, "source")), type));
                w.write('\n');
            }
        }
    }

    private static JsonNode actor(JsonNode a) {
        var o = StoreSearch.object();
        o.put("id", ArticleIndexer.text(a, "id"));
        o.put("name", a.path("name").asText());
        return o;
    }

    private static String tsv(JsonNode n, String field) {
        return n == null ? "" : clean(ArticleIndexer.text(n, field));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        // A leading = + - @ would make a spreadsheet run a formula.
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

package veille.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import veille.kb.KnowledgeBase;

/**
 * Writes analysis rows into an OpenSearch index with the store's fields ({@code opensearch-index.json}: the same fields
 * as the embedded store, French and neutral analysis chains equal to {@link Analysis}'s). Each document is built by
 * the embedded store's own {@link ArticleIndexer} and converted field by field, so the two backends can never index
 * different facts. The OpenSearch document id is a hash of the source: a source analysed again replaces its old
 * version, as in the embedded store. Thread-safe.
 */
public final class OpenSearchIndex {
    /** Fields counted per occurrence (quotes of a speaker, events of a participant): also kept as {@code id␁count}. */
    static final Set<String> COUNTED = Set.of(Fields.SPEAKER, Fields.PARTICIPANT);

    private final OpenSearchHttp http;
    private final String index;
    private final ArticleIndexer indexer;
    private final Set<String> textFields;

    public OpenSearchIndex(OpenSearchHttp http, String index, KnowledgeBase kb) {
        this.http = http;
        this.index = index;
        this.indexer = new ArticleIndexer(kb.outlets());
        Set<String> text = new LinkedHashSet<>();
        mapping().path("mappings").path("properties").fields().forEachRemaining(e -> {
            if (e.getValue().path("type").asText().equals("text")) {
                text.add(e.getKey());
            }
        });
        this.textFields = text;
    }

    /** The index settings and mapping (the resource {@code opensearch-index.json}). */
    public static JsonNode mapping() {
        try (InputStream in = OpenSearchIndex.class.getResourceAsStream("opensearch-index.json")) {
            return StoreSearch.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String index() {
        return index;
    }

    /** Creates the index with Veille's mapping unless it exists. */
    public void create() {
        if (!http.exists(index)) {
            try {
                http.send("PUT", index, mapping());
            } catch (OpenSearchHttp.Failure f) {
                if (!f.getMessage().contains("resource_already_exists_exception")) {
                    throw f;
                }
            }
        }
    }

    /** Makes what was written visible to searches now rather than within a second. */
    public void refresh() {
        http.send("POST", index + "/_refresh", null);
    }

    /** The outcome of one bulk request: rows written, and one message per row that could not be. */
    public record Written(int written, List<String> errors) {
    }

    /**
     * Writes rows (analysis JSON, as {@code analyze} prints them) in one bulk request. A row that is not an analysis row,
     * or that OpenSearch refuses, is reported, never fatal to the others.
     */
    public Written add(Collection<String> rows) {
        StringBuilder body = new StringBuilder();
        List<String> errors = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String row : rows) {
            JsonNode node;
            try {
                node = StoreSearch.JSON.readTree(row);
            } catch (IOException e) {
                errors.add("not a JSON object");
                continue;
            }
            if (node == null || !node.path("source").isTextual() || !node.path("text").isTextual()) {
                errors.add("not an analysis row: it needs a source and a text");
                continue;
            }
            String source = node.get("source").asText();
            ObjectNode action = StoreSearch.object();
            action.putObject("index").put("_index", index).put("_id", ArticleIndexer.id(source, ""));
            body.append(StoreSearch.string(action)).append('\n');
            body.append(StoreSearch.string(document(node, row))).append('\n');
            sources.add(source);
        }
        if (sources.isEmpty()) {
            return new Written(0, errors);
        }
        JsonNode r = http.bulk("_bulk", body.toString());
        int ok = 0;
        JsonNode items = r.path("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i).path("index");
            if (item.path("status").asInt(500) < 300) {
                ok++;
            } else {
                errors.add(sources.get(i) + ": " + item.path("error").path("reason").asText("refused"));
            }
        }
        return new Written(ok, errors);
    }

    /** The OpenSearch document of a row: the embedded store's Lucene document, field by field. */
    ObjectNode document(JsonNode row, String json) {
        String id = ArticleIndexer.id(row.path("source").asText(), row.path("text").asText());
        Document d = indexer.document(id, row, json);
        Map<String, Collection<Object>> values = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            String name = f.name();
            if (name.equals(Fields.HIT) || name.equals(Fields.STORED_TEXT)) {
                continue; // the embedded store's shortcuts for hits and snippets; OpenSearch answers from _source
            }
            Object v;
            if (f instanceof LongPoint) {
                v = LongPoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset);
            } else if (f instanceof DoublePoint) {
                v = DoublePoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset);
            } else if (f.numericValue() != null) {
                v = f.numericValue().longValue();
            } else if (f.stringValue() != null) {
                v = f.stringValue();
            } else {
                BytesRef b = f.binaryValue();
                v = b == null ? null : b.utf8ToString();
            }
            if (v == null) {
                continue;
            }
            if (COUNTED.contains(name)) {
                counts.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge((String) v, 1, Integer::sum);
            }
            // Text is indexed once per value (as Lucene does); keywords and numbers are sets.
            values.computeIfAbsent(name, k -> textFields.contains(k) ? new ArrayList<>() : new LinkedHashSet<>()).add(v);
        }
        counts.forEach((field, perValue) -> {
            List<Object> n = new ArrayList<>();
            perValue.forEach((value, c) -> n.add(value + Fields.SEP + c));
            values.put(field + "_n", n);
        });
        ObjectNode o = StoreSearch.object();
        values.forEach((name, vs) -> {
            if (vs.size() == 1 && !name.equals(Fields.ENTITY)) {
                o.set(name, StoreSearch.JSON.valueToTree(vs.iterator().next()));
            } else {
                ArrayNode a = o.putArray(name);
                vs.forEach(x -> a.add(StoreSearch.JSON.valueToTree(x)));
            }
        });
        return o;
    }
}

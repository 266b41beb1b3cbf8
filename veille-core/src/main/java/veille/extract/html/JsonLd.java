package veille.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page, flattened: every script's top-level objects, arrays and {@code @graph} members and
 * the {@code mainEntity} of a page object, with an {@code @id} index to resolve references ("author":
 * {"@id": "#/schema/person/1"}).
 *
 * <p>A script that is not JSON (truncated, a template placeholder, a syntax error) is skipped; lenient parsing
 * accepts what CMSs commonly emit (raw line breaks inside strings, comments, CDATA wrappers, trailing commas).
 * Also reads Arc Publishing's {@code Fusion.globalContent} object. Not thread-safe to share; built per page.
 */
final class JsonLd {
    /** Objects nested deeper than this inside one script are not looked at. */
    private static final int MAX_DEPTH = 8;
    /** Where Arc Publishing's content object starts in its script (also kept from {@link UnreadScripts}' cut). */
    static final String FUSION_CONTENT = "Fusion.globalContent=";

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();

    /** A JSON-LD object with the script it came from. */
    record Node(JsonNode json, Element script) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();
    private Node fusion;

    private JsonLd() {
    }

    /** The JSON-LD of a page's script elements (and Arc's Fusion content). */
    static JsonLd of(List<Element> scripts) {
        JsonLd ld = new JsonLd();
        for (Element script : scripts) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            String data = data(script);
            if (type.contains("ld+json")) {
                JsonNode root = parse(unwrap(data));
                if (root != null) {
                    ld.add(root, script, 0);
                }
            } else if (ld.fusion == null && data.contains(FUSION_CONTENT)) {
                JsonNode content = parseFirstValue(data, data.indexOf(FUSION_CONTENT) + FUSION_CONTENT.length());
                if (content != null && content.isObject()) {
                    ld.fusion = new Node(content, script);
                }
            }
        }
        return ld;
    }

    /**
     * A script's text, as {@link Element#data()} gives it: a script parsed from HTML holds one data node, whose text
     * is returned as is rather than copied (inline scripts run to hundreds of kilobytes).
     */
    static String data(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode d) {
            return d.getWholeData();
        }
        return script.data();
    }

    /** Every flattened object, in page order. */
    List<Node> nodes() {
        return nodes;
    }

    /** Arc's {@code Fusion.globalContent}, or null. */
    Node fusion() {
        return fusion;
    }

    /** The object a reference points to ({"@id": ...} → the object with that id), or the object itself. */
    JsonNode resolve(JsonNode ref) {
        if (ref != null && ref.isObject() && ref.size() == 1 && ref.has("@id")) {
            Node target = byId.get(ref.get("@id").asText());
            if (target != null) {
                return target.json();
            }
        }
        return ref;
    }

    /** Whether a node's {@code @type} (string or array) satisfies {@code test}. */
    static boolean hasType(JsonNode node, java.util.function.Predicate<String> test) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && test.test(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && test.test(type.asText());
    }

    /** A node's textual value: a string, a number, {"@value"}, {"name"}, or the first of an array; else null. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() || n.isNumber()) {
            String s = n.asText().strip();
            return s.isEmpty() ? null : s;
        }
        if (n.isArray()) {
            for (JsonNode item : n) {
                String s = text(item);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (n.isObject()) {
            return text(n.has("@value") ? n.get("@value") : n.get("name"));
        }
        return null;
    }

    /** A path of fields ("headlines", "basic") from {@code n}, or null. */
    static JsonNode path(JsonNode n, String... fields) {
        JsonNode at = n;
        for (String f : fields) {
            if (at == null || !at.isObject()) {
                return null;
            }
            at = at.get(f);
        }
        return at;
    }

    private void add(JsonNode n, Element script, int depth) {
        if (depth > MAX_DEPTH || n == null) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode item : n) {
                add(item, script, depth + 1);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        Node node = new Node(n, script);
        nodes.add(node);
        JsonNode id = n.get("@id");
        if (id != null && id.isTextual() && n.size() > 1) {
            byId.putIfAbsent(id.asText(), node);
        }
        add(n.get("@graph"), script, depth + 1);
        JsonNode main = n.get("mainEntity");
        if (main != null && (main.isArray() || main.isObject() && main.size() > 1)) {
            add(main, script, depth + 1);
        }
    }

    /** Drops the HTML comment wrappers some CMSs still put around script content. */
    private static String unwrap(String data) {
        String s = data.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        return s;
    }

    private static JsonNode parse(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(s);
        } catch (Exception | StackOverflowError e) {
            return null; // malformed JSON-LD is common and never fatal: the page's other metadata still counts
        }
    }

    /** The first JSON value starting at {@code from}, ignoring what follows it (";Fusion.globalContentConfig=..."). */
    private static JsonNode parseFirstValue(String s, int from) {
        try (JsonParser p = MAPPER.createParser(s.substring(from))) {
            p.configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, true);
            if (p.nextToken() == null) {
                return null;
            }
            return MAPPER.readTree(p);
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }
}

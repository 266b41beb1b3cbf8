package veille.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable article: its input, its clean text, document-level facts and stand-off annotation layers.
 *
 * <p>The text is never edited once the document exists: stages add facts ({@link #with}) and layers
 * ({@link #withLayer}), each call returning a new document that shares everything else. Layers are checked
 * against the text when added (bounds, order), so a consumer can trust any layer it reads.
 *
 * <pre>{@code
 * Document doc = Document.of(input, text).with(Blocks.KEY, blocks);
 * List<Token> tokens = doc.layer(Token.LAYER);
 * }</pre>
 *
 * <p>Thread-safe: instances are deeply immutable as long as fact values are (all of Veille's are records).
 *
 * @param id a stable identifier (the input's source by default)
 * @param input what was read
 * @param text the clean article: title and body paragraphs, separated by blank lines
 * @param facts document-level values by key name
 * @param layers annotation layers by key name
 */
public record Document(String id, Input input, String text, Map<String, Object> facts, Map<String, Layer<?>> layers) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(text, "text");
        facts = Map.copyOf(facts);
        layers = Map.copyOf(layers);
    }

    /** A document with a text and nothing else yet. */
    public static Document of(Input input, String text) {
        return new Document(input.source(), input, text, Map.of(), Map.of());
    }

    /** The fact stored under a key, if a stage has produced it. */
    public <T> Optional<T> find(Key<T> key) {
        Object v = facts.get(key.name());
        return v == null ? Optional.empty() : Optional.of(key.type().cast(v));
    }

    /** The fact stored under a key; throws naming the key and the facts present when it is missing. */
    public <T> T expect(Key<T> key) {
        return find(key).orElseThrow(() -> new NoSuchElementException(
                "No fact '" + key + "' in doc " + id + ". Present: " + facts.keySet()));
    }

    /** A copy with one fact set (replacing any earlier value under the same key). */
    public <T> Document with(Key<T> key, T value) {
        Objects.requireNonNull(value, "value");
        Map<String, Object> copy = new LinkedHashMap<>(facts);
        copy.put(key.name(), value);
        return new Document(id, input, text, copy, layers);
    }

    /** Whether a layer is present. */
    public boolean hasLayer(LayerKey<?> key) {
        return layers.containsKey(key.name());
    }

    /** A layer's annotations, sorted; an empty list when the layer is absent. */
    public <T extends Annotation> List<T> layer(LayerKey<T> key) {
        Layer<?> l = layers.get(key.name());
        if (l == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) l.items();
        return items;
    }

    /**
     * A copy with one layer set. Throws {@link IllegalArgumentException} when a span is out of bounds or the
     * spans are not sorted by (start, end).
     */
    public <T extends Annotation> Document withLayer(LayerKey<T> key, List<T> items) {
        Layer<T> layer = Layer.checked(key, items, text, id);
        Map<String, Layer<?>> copy = new LinkedHashMap<>(layers);
        copy.put(key.name(), layer);
        return new Document(id, input, text, facts, copy);
    }

    /** Names of the facts and layers present, for pipeline checks and messages. */
    public java.util.Set<String> produced() {
        java.util.Set<String> out = new java.util.TreeSet<>(facts.keySet());
        out.addAll(layers.keySet());
        return out;
    }

    /** The characters of an annotation. */
    public String textOf(Annotation a) {
        return text.substring(a.start(), a.end());
    }

    /**
     * The text with typographic variants folded for matching (’ → ', « stays, no-break spaces → space),
     * character for character, so every offset into it is an offset into {@link #text()}. Folded again on each
     * call (a record holds no cache): a stage that needs it calls this once per document and keeps the result.
     */
    public String normalizedText() {
        return TextNormalizer.fold(text);
    }
}

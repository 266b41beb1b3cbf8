package veille.doc;

import java.util.List;

/**
 * An immutable, validated list of annotations over one document text.
 *
 * <p>Built only through {@link Document#withLayer}, which checks that every span lies inside the text and
 * that spans are sorted by start offset (ties by end), so consumers can binary-search them.
 *
 * @param key the layer's name and type
 * @param items the annotations, sorted
 * @param <T> the annotation type
 */
public record Layer<T extends Annotation>(LayerKey<T> key, List<T> items) {
    public Layer {
        items = List.copyOf(items);
    }

    static <T extends Annotation> Layer<T> checked(LayerKey<T> key, List<T> items, String text, String docId) {
        int prevStart = -1;
        int prevEnd = -1;
        for (T item : items) {
            if (!key.type().isInstance(item)) {
                throw new IllegalArgumentException("Layer '" + key + "' holds " + key.type().getSimpleName()
                        + ", not " + item.getClass().getSimpleName() + " (doc " + docId + ")");
            }
            if (item.end() > text.length()) {
                throw new IllegalArgumentException("Span [" + item.start() + ", " + item.end()
                        + ") exceeds text length " + text.length() + " in layer '" + key + "' of doc " + docId);
            }
            if (item.start() < prevStart || (item.start() == prevStart && item.end() < prevEnd)) {
                throw new IllegalArgumentException("Layer '" + key + "' is not sorted at [" + item.start() + ", "
                        + item.end() + ") after [" + prevStart + ", " + prevEnd + ") in doc " + docId);
            }
            prevStart = item.start();
            prevEnd = item.end();
        }
        return new Layer<>(key, items);
    }
}

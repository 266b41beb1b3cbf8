package veille.doc;

import java.util.Objects;

/**
 * The typed name of an annotation layer: a sorted list of {@link Annotation}s of one kind.
 *
 * @param name stable layer name ({@code tokens}, {@code sentences}, later {@code entities}, ...)
 * @param type the annotation class
 * @param <T> the annotation type
 */
public record LayerKey<T extends Annotation>(String name, Class<T> type) {
    public LayerKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A key for a layer of the given annotation type. */
    public static <T extends Annotation> LayerKey<T> of(String name, Class<T> type) {
        return new LayerKey<>(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}

package veille.doc;

import java.util.Objects;

/**
 * The typed name of a document-level fact (metadata, language, blocks) or of an annotation layer.
 *
 * <p>Keys compare by name; two keys with one name and different types are a programming error caught
 * when the value is read back.
 *
 * @param name stable name, also used in error messages and in {@code Stage.produces()}
 * @param type the value's class
 * @param <T> the value's type
 */
public record Key<T>(String name, Class<T> type) {
    public Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A key for a fact of the given type. */
    public static <T> Key<T> of(String name, Class<T> type) {
        return new Key<>(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}

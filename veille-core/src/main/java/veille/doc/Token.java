package veille.doc;

import java.util.Objects;

/**
 * A token of the text.
 *
 * @param start first character
 * @param end one past the last character
 * @param kind word, number, punctuation, ...
 */
public record Token(int start, int end, TokenKind kind) implements Annotation {
    /** Layer key. */
    public static final LayerKey<Token> LAYER = LayerKey.of("tokens", Token.class);

    public Token {
        Annotation.checkOffsets(start, end);
        Objects.requireNonNull(kind, "kind");
    }
}

package veille.doc;

import java.util.Objects;

/**
 * The language an article is written in.
 *
 * @param code ISO 639-1 code ({@code fr}, {@code en}, {@code ru}, {@code zh}, {@code ar}, {@code es}, {@code de}),
 *             or {@code und} when undetermined
 * @param confidence between 0 and 1
 */
public record Language(String code, double confidence) {
    /** Document fact key. */
    public static final Key<Language> KEY = Key.of("language", Language.class);

    /** Not enough text to tell. */
    public static final Language UNDETERMINED = new Language("und", 0.0);

    public Language {
        Objects.requireNonNull(code, "code");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
    }

    /** Whether the article is French, the language the analysis stages are built for. */
    public boolean isFrench() {
        return code.equals("fr");
    }
}

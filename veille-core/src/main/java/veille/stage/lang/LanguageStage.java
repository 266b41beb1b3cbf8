package veille.stage.lang;

import java.util.Objects;
import java.util.Set;
import veille.doc.Document;
import veille.doc.Language;
import veille.pipeline.Stage;

/**
 * Sets the document's {@link Language#KEY} fact from its text, so later stages know whether it is French.
 *
 * <p>Reads nothing but {@link Document#text()} and adds no layer. Immutable and thread-safe.
 *
 * @see LanguageIdentifier
 */
public final class LanguageStage implements Stage {
    /** The stage's registry name, also the name of the fact it produces. */
    public static final String NAME = "language";

    private final LanguageIdentifier identifier;

    /** A stage with the standard profiles. */
    public LanguageStage() {
        this(LanguageIdentifier.standard());
    }

    /** A stage using the given identifier. */
    public LanguageStage(LanguageIdentifier identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
    }

    /** Returns {@value #NAME}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Nothing: the text is all it reads. */
    @Override
    public Set<String> requires() {
        return Set.of();
    }

    /** The {@link Language#KEY} fact. */
    @Override
    public Set<String> produces() {
        return Set.of(Language.KEY.name());
    }

    /** Returns the document with its language set, {@code und} when the text cannot tell. */
    @Override
    public Document apply(Document doc) {
        return doc.with(Language.KEY, identifier.identify(doc.text()));
    }
}

package veille.extract;

import java.util.Map;
import java.util.Set;
import veille.doc.ArticleMeta;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Input;

/**
 * Turns one input into a document: decides what the article text is, records every block with its kind
 * and reads the metadata the page gives.
 *
 * <p>Implementations are stateless after construction and thread-safe.
 */
public interface Extractor {
    /** What every extractor produces, for {@link veille.pipeline.Pipeline#of}. */
    Set<String> PRODUCES = Set.of(Blocks.KEY.name(), ArticleMeta.KEY.name());

    /** A stable name ({@code text}, {@code plain}, {@code html}). */
    String name();

    /** The document for this input, with {@link Blocks#KEY} and {@link ArticleMeta#KEY} set. */
    Document extract(Input input);

    /**
     * SHA-256 of each data table the extractor reads beside the knowledge base (its cue tables), by name
     * ({@code html-cues}), for the provenance of each output row. Empty by default.
     */
    default Map<String, String> tableHashes() {
        return Map.of();
    }
}

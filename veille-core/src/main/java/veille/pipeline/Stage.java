package veille.pipeline;

import java.util.Set;
import veille.doc.Document;

/**
 * One step of analysis: reads some facts and layers of a document and returns a copy with more.
 *
 * <p>Implementations are final, keep no mutable state after construction and are safe to call from many
 * threads at once, so one instance serves the CLI's worker threads, a server and a Spark partition alike.
 * A stage never changes the text or the layers it did not declare in {@link #produces()}.
 */
public interface Stage {
    /** A stable, lower-case name ({@code language}, {@code tokenize}, ...), used in the registry and in provenance. */
    String name();

    /** Names of the facts and layers this stage reads; each must be produced earlier in the pipeline. */
    Set<String> requires();

    /** Names of the facts and layers this stage adds. */
    Set<String> produces();

    /** Returns the document with this stage's facts and layers added. */
    Document apply(Document doc);
}

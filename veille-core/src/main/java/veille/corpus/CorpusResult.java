package veille.corpus;

/**
 * What became of one input of a corpus run, handed on in input order: its analysis, the one-line reason it could not
 * be analysed, a note, or (when fetching without analysing) the fact that it was saved.
 *
 * @param <T> what each analysed document became on the worker thread (the document itself, its JSON, ...)
 */
public sealed interface CorpusResult<T> {
    /** The name the input is reported under: a path, {@code -}, a feed entry's link, an archive entry, a URL. */
    String source();

    /** An analysed input. */
    record Analysed<T>(String source, T value) implements CorpusResult<T> {
    }

    /** An input that could not be read, fetched, saved or analysed; the others go on. */
    record Failed<T>(String source, String error) implements CorpusResult<T> {
    }

    /** Something to know that is not a failure: what a feed or an archive passed over, or held no article. */
    record Note<T>(String source, String note) implements CorpusResult<T> {
    }

    /** A page fetched and saved, with no analysis asked for (or a feed, whose entries follow). */
    record Saved<T>(String source) implements CorpusResult<T> {
    }
}

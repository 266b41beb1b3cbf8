package veille.corpus;

/**
 * Told how a corpus run is going, for a progress bar (count, rate, ETA) or a status page.
 *
 * <p>The runner makes one call at a time, with counts that never go backwards, but not always from the same thread:
 * a feed fetched by a worker reports its entries as they are done. The expected total is an estimate while feeds and
 * archives are being read (their entries are known only as they come), so an ETA firms up as the run goes.
 */
@FunctionalInterface
public interface CorpusProgress {
    /** Reports nothing. */
    CorpusProgress NONE = (done, expected) -> {
    };

    /**
     * @param done     results handed on so far (documents, errors and notes alike)
     * @param expected the expected number of results: the inputs not opened yet count one each
     */
    void progress(long done, long expected);
}

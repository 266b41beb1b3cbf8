package veille.corpus;

/**
 * What a corpus run handed on.
 *
 * @param analysed documents analysed
 * @param failed   inputs that could not be read, fetched, saved or analysed, one error each
 * @param notes    things to know that are not failures (what an archive passed over)
 * @param saved    pages fetched and saved without analysis
 */
public record CorpusSummary(long analysed, long failed, long notes, long saved) {
}

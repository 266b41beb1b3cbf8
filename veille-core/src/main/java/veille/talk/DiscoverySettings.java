package veille.talk;

/**
 * The knobs of discovery. The defaults are general choices (docs/talking-points.md gives the figures behind them).
 *
 * @param shingle words per shingle of the passage index
 * @param gap most words skipped in either text between two shared shingles of one aligned passage
 * @param minPassageWords fewest words of an aligned passage
 * @param minCoverage least share of an aligned passage's words that lie in shared shingles: an edited copy keeps
 *                    most of its words, a template filled with other names and figures (a results table, the
 *                    standard sentence of a series) few
 * @param maxShingleDocs a shingle found in more articles is boilerplate, not reuse: no candidate pairs from it
 * @param phraseWords words per n-gram of the phrase index
 * @param minOutlets fewest distinct outlets of a cluster (passages: at least 2; phrases: at least 3)
 * @param maxPhraseDocShare an n-gram in a larger share of all articles is ordinary phrasing
 */
public record DiscoverySettings(int shingle, int gap, int minPassageWords, double minCoverage, int maxShingleDocs, int phraseWords,
                                int minOutlets, double maxPhraseDocShare) implements java.io.Serializable {
    public DiscoverySettings {
        if (shingle < 2 || phraseWords < 2 || gap < 1 || minPassageWords < shingle || minOutlets < 1) {
            throw new IllegalArgumentException("Bad discovery settings: " + shingle + ", " + gap + ", "
                    + minPassageWords + ", " + phraseWords + ", " + minOutlets);
        }
    }

    /** The defaults. */
    public static DiscoverySettings defaults() {
        return new DiscoverySettings(5, 8, 15, 0.85, 50, 4, 2, 0.05);
    }

    /** The same with another minimum of outlets. */
    public DiscoverySettings withMinOutlets(int n) {
        return new DiscoverySettings(shingle, gap, minPassageWords, minCoverage, maxShingleDocs, phraseWords, n,
                maxPhraseDocShare);
    }
}

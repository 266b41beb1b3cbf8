package veille.talk;

/**
 * The knobs of discovery. The defaults are general choices (docs/talking-points.md gives the figures behind them).
 *
 * @param shingle words per shingle of the passage index
 * @param gap most words skipped in either text between two shared shingles of one aligned passage
 * @param minPassageWords fewest words of an aligned passage
 * @param maxShingleDocs a shingle found in more articles is boilerplate, not reuse: no candidate pairs from it
 * @param phraseWords words per n-gram of the phrase index
 * @param minOutlets fewest distinct outlets of a cluster
 * @param maxPhraseDocShare an n-gram in a larger share of all articles is ordinary phrasing
 */
public record DiscoverySettings(int shingle, int gap, int minPassageWords, int maxShingleDocs, int phraseWords,
                                int minOutlets, double maxPhraseDocShare) {
    public DiscoverySettings {
        if (shingle < 2 || phraseWords < 2 || gap < 1 || minPassageWords < shingle || minOutlets < 1) {
            throw new IllegalArgumentException("Bad discovery settings: " + shingle + ", " + gap + ", "
                    + minPassageWords + ", " + phraseWords + ", " + minOutlets);
        }
    }

    /** The defaults. */
    public static DiscoverySettings defaults() {
        return new DiscoverySettings(5, 8, 15, 50, 4, 3, 0.05);
    }

    /** The same with another minimum of outlets. */
    public DiscoverySettings withMinOutlets(int n) {
        return new DiscoverySettings(shingle, gap, minPassageWords, maxShingleDocs, phraseWords, n, maxPhraseDocShare);
    }
}

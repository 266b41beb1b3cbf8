package veille.eval;

/**
 * Counts for precision, recall and F1, with score.py's conventions for empty sides (nothing to find and nothing
 * found is perfect).
 */
public final class Tally {
    private long tp;
    private long system;
    private long gold;

    /** Adds one item's counts. */
    public void add(long truePositives, long systemCount, long goldCount) {
        tp += truePositives;
        system += systemCount;
        gold += goldCount;
    }

    public double precision() {
        return system == 0 ? (gold == 0 ? 1.0 : 0.0) : tp / (double) system;
    }

    public double recall() {
        return gold == 0 ? 1.0 : tp / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f   (tp %d, system %d, gold %d)",
                precision(), recall(), f1(), tp, system, gold);
    }
}

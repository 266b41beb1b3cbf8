package veille.internal;

import java.util.function.IntPredicate;

/** Binary search over the stages' sorted spans (tokens, mentions, quotations), by a predicate on the index. */
public final class Sorted {
    private Sorted() {
    }

    /**
     * The first index in {@code [0, size)} where {@code before} is false, or {@code size}; {@code before} must hold
     * for a prefix of the indexes and fail for the rest, as "starts before pos" does over spans sorted by start.
     */
    public static int firstNotBefore(int size, IntPredicate before) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before.test(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

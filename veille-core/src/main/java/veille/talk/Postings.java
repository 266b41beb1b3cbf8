package veille.talk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hashed keys and their postings (non-negative longs: an article number, or an article number and a word position).
 * Most keys of a collection occur once: their single posting stays in the map, and a list is made only for a key
 * met twice.
 */
final class Postings {
    private static final long MISSING = Long.MIN_VALUE;
    private final LongLongMap head = new LongLongMap();
    /** Lists of keys met twice or more: slot 0 holds the count. */
    private final List<long[]> lists = new ArrayList<>();

    /** Adds a posting to a key and returns the key's count of postings. */
    int add(long key, long posting) {
        long v = head.get(key, MISSING);
        if (v == MISSING) {
            head.put(key, posting);
            return 1;
        }
        if (v >= 0) {
            lists.add(new long[] {2, v, posting, 0});
            head.put(key, -lists.size());
            return 2;
        }
        int at = (int) (-v - 1);
        long[] list = lists.get(at);
        int count = (int) list[0];
        if (count + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            lists.set(at, list);
        }
        list[count + 1] = posting;
        list[0] = count + 1;
        return count + 1;
    }

    /** The number of postings of a key (0 when absent). */
    int count(long key) {
        long v = head.get(key, MISSING);
        return v == MISSING ? 0 : v >= 0 ? 1 : (int) lists.get((int) (-v - 1))[0];
    }

    /** The postings of a key as {count, posting...} (the array may be longer), or null when absent. Do not modify. */
    long[] get(long key) {
        long v = head.get(key, MISSING);
        return v == MISSING ? null : v >= 0 ? new long[] {1, v} : lists.get((int) (-v - 1));
    }
}

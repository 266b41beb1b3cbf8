package veille.talk;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Document frequencies of hashed n-grams where most n-grams are met once: a Bloom filter remembers those met once
 * (about 11 bits each), and only an n-gram met again gets an exact count in a table. A false positive of the filter
 * (1 in 200) counts an n-gram one too many, never too few. The filter grows by adding filters of the same size.
 */
final class SeenCounts {
    private static final int BITS_PER_FILTER = 1 << 26; // 8 MB, about 6 million n-grams at 1 in 200
    private static final int CAPACITY = 6_000_000;
    private static final int PROBES = 7;
    private final List<long[]> filters = new ArrayList<>();
    private int inLast;
    private final HashTable counts;

    SeenCounts() {
        this(new HashTable());
    }

    private SeenCounts(HashTable counts) {
        this.counts = counts;
    }

    /** Counts one more article holding the n-gram. */
    void add(long hash) {
        int c = counts.get(hash, 0);
        if (c > 0) {
            counts.put(hash, c == Integer.MAX_VALUE ? c : c + 1);
        } else if (seen(hash)) {
            counts.put(hash, 2);
        } else {
            mark(hash);
        }
    }

    /** The number of articles holding the n-gram (0 or 1 from the filter, exact or one over from 2 on). */
    int get(long hash) {
        int c = counts.get(hash, 0);
        return c > 0 ? c : seen(hash) ? 1 : 0;
    }

    private boolean seen(long hash) {
        long m = HashTable.mix(hash ^ 0x5DEECE66DL);
        int h1 = (int) m;
        int h2 = (int) (m >>> 32) | 1;
        for (long[] f : filters) {
            boolean all = true;
            for (int k = 0; k < PROBES && all; k++) {
                int bit = (h1 + k * h2) & (BITS_PER_FILTER - 1);
                all = (f[bit >>> 6] & (1L << bit)) != 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private void mark(long hash) {
        if (filters.isEmpty() || inLast >= CAPACITY) {
            filters.add(new long[BITS_PER_FILTER / 64]);
            inLast = 0;
        }
        long[] f = filters.get(filters.size() - 1);
        long m = HashTable.mix(hash ^ 0x5DEECE66DL);
        int h1 = (int) m;
        int h2 = (int) (m >>> 32) | 1;
        for (int k = 0; k < PROBES; k++) {
            int bit = (h1 + k * h2) & (BITS_PER_FILTER - 1);
            f[bit >>> 6] |= 1L << bit;
        }
        inLast++;
    }

    void write(DataOutputStream out) throws IOException {
        counts.write(out);
        out.writeInt(inLast);
        out.writeInt(filters.size());
        for (long[] f : filters) {
            StateFiles.writeLongs(out, f, f.length);
        }
    }

    static SeenCounts read(DataInputStream in) throws IOException {
        SeenCounts s = new SeenCounts(HashTable.read(in));
        s.inLast = in.readInt();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            s.filters.add(StateFiles.readLongs(in));
        }
        return s;
    }
}

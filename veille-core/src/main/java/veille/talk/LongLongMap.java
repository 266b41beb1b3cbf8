package veille.talk;

import java.util.Arrays;

/**
 * A hash map from long to long with open addressing (linear probing): two arrays and no boxing, about a third of the
 * memory of a {@code HashMap<Long, ...>}, for the millions of hashed n-grams of a large collection.
 */
final class LongLongMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private long[] values;
    private int size;

    LongLongMap() {
        keys = new long[1 << 10];
        Arrays.fill(keys, EMPTY);
        values = new long[keys.length];
    }

    /** The value of a key, or {@code missing} when absent. */
    long get(long key, long missing) {
        key = key == EMPTY ? EMPTY + 1 : key;
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return missing;
            }
        }
    }

    /** Sets a key's value. */
    void put(long key, long value) {
        key = key == EMPTY ? EMPTY + 1 : key;
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
        if (size * 3 > keys.length * 2) {
            grow();
        }
    }

    /** Adds to a key's value (absent: 0) and returns the new value. */
    long add(long key, long delta) {
        long v = get(key, 0) + delta;
        put(key, v);
        return v;
    }

    int size() {
        return size;
    }

    /** What {@link #forEach} calls with each key and value. */
    interface Visitor {
        void visit(long key, long value);
    }

    /** Calls {@code visitor} with every key and value, in no particular order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new long[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}

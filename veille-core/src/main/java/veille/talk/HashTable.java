package veille.talk;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A map from 64-bit hashes to ints in little memory: 1,024 shards of open addressing (linear probing) holding 32 bits
 * of each hash as an int key beside an int value, so a key costs about 14 bytes instead of a boxed map's 80 or a
 * long-to-long table's 32, and a shard grows alone (no transient copy of the whole table). Ten more bits of the
 * hash pick the shard, so two hashes are taken for one only when 42 of their bits agree (at 30 million keys, a
 * few dozen pairs: a false candidate that alignment then drops).
 */
final class HashTable {
    private static final int SHARD_BITS = 10;
    private static final int SHARDS = 1 << SHARD_BITS;
    private static final int EMPTY = 0;
    private final int[][] keys = new int[SHARDS][];
    private final int[][] values = new int[SHARDS][];
    private final int[] sizes = new int[SHARDS];
    private long size;

    HashTable() {
        for (int s = 0; s < SHARDS; s++) {
            keys[s] = new int[8];
            values[s] = new int[8];
        }
    }

    /** Murmur3's finaliser: every bit of the hash depends on every bit of the key. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static int shard(long m) {
        return (int) (m >>> (64 - SHARD_BITS));
    }

    private static int key(long m) {
        int k = (int) m;
        return k == EMPTY ? 1 : k;
    }

    /** The value of a hash, or {@code missing}. */
    int get(long hash, int missing) {
        long m = mix(hash);
        int s = shard(m);
        int k = key(m);
        int[] ks = keys[s];
        int mask = ks.length - 1;
        for (int i = slotOf(k, mask); ; i = (i + 1) & mask) {
            if (ks[i] == k) {
                return values[s][i];
            }
            if (ks[i] == EMPTY) {
                return missing;
            }
        }
    }

    /** Sets a hash's value. */
    void put(long hash, int value) {
        long m = mix(hash);
        int s = shard(m);
        int k = key(m);
        int[] ks = keys[s];
        int mask = ks.length - 1;
        int i = slotOf(k, mask);
        while (ks[i] != EMPTY && ks[i] != k) {
            i = (i + 1) & mask;
        }
        values[s][i] = value;
        if (ks[i] == EMPTY) {
            ks[i] = k;
            size++;
            if (++sizes[s] * 4 > ks.length * 3) {
                grow(s);
            }
        }
    }

    long size() {
        return size;
    }

    private void grow(int s) {
        int[] oldKeys = keys[s];
        int[] oldValues = values[s];
        int[] ks = new int[oldKeys.length * 2];
        int[] vs = new int[ks.length];
        int mask = ks.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slotOf(oldKeys[j], mask);
                while (ks[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                ks[i] = oldKeys[j];
                vs[i] = oldValues[j];
            }
        }
        keys[s] = ks;
        values[s] = vs;
    }

    /** The first slot probed for a key: from the stored bits alone, so a shard can grow without the hashes. */
    private static int slotOf(int key, int mask) {
        return (key * 0x9E3779B9) >>> 1 & mask;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeLong(size);
        for (int s = 0; s < SHARDS; s++) {
            out.writeInt(sizes[s]);
            StateFiles.writeInts(out, keys[s]);
            StateFiles.writeInts(out, values[s]);
        }
    }

    static HashTable read(DataInputStream in) throws IOException {
        HashTable t = new HashTable();
        t.size = in.readLong();
        for (int s = 0; s < SHARDS; s++) {
            t.sizes[s] = in.readInt();
            t.keys[s] = StateFiles.readInts(in);
            t.values[s] = StateFiles.readInts(in);
        }
        return t;
    }
}

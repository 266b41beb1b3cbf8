package veille.stage.syntax;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Immutable, compact weights of a trained averaged perceptron: for each known feature, the few classes it
 * votes for and how much.
 *
 * <p>A perceptron only ever updates a feature for the gold and the predicted class of a mistake, so rows are
 * sparse: a row is a short run of (class, weight) pairs. Weights are kept as half-precision floats (three
 * significant digits, plenty for a sum of perceptron votes), in memory and in the file. The file form lists rows
 * in increasing key order, so equal weights give equal bytes. Thread-safe once built.
 *
 * <p>Public, with only its constructor, because the trainer ({@code veille.train.syntax}) builds the tables the
 * runtime reads.
 */
public final class WeightTable implements Weights {
    private final int classCount;
    private final long[] rowKeys;
    private final int[] offsets;
    private final short[] classes;
    private final float[] weights;
    /**
     * Open addressing on the key's low bits; a slot holds the key's high 32 bits and one past its row's offset in
     * {@code data} (0: empty), so a probe reads one {@code long}.
     */
    private final long[] slots;
    /**
     * The rows laid out for lookup: at a row's offset its length, then one {@code int} per weight (class in the
     * high 16 bits, the weight as a half-precision float in the low 16), so reading a feature touches one slot
     * and one short run of {@code data}: the parser's speed is bound by these memory reads.
     */
    private final int[] data;

    /**
     * A table over rows sorted by key.
     *
     * @param offsets {@code rowKeys.length + 1} offsets into {@code classes} and {@code weights}
     */
    public WeightTable(int classCount, long[] rowKeys, int[] offsets, short[] classes, float[] weights) {
        this.classCount = classCount;
        this.rowKeys = rowKeys;
        this.offsets = offsets;
        this.classes = classes;
        this.weights = weights;
        int capacity = Integer.highestOneBit(Math.max(4, rowKeys.length) * 2 - 1) << 1;
        this.slots = new long[capacity];
        int[] data = new int[rowKeys.length + weights.length];
        int mask = capacity - 1;
        int at = 0;
        for (int r = 0; r < rowKeys.length; r++) {
            if (r > 0 && Long.compare(rowKeys[r - 1], rowKeys[r]) >= 0) {
                throw new IllegalArgumentException("weight rows not sorted by key at row " + r);
            }
            int i = slot(rowKeys[r], mask);
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            if (offsets[r + 1] - offsets[r] == 1) {
                // a row of one weight lives in its slot: one memory read instead of two
                slots[i] = (rowKeys[r] & HIGH) | (entry(classes[offsets[r]], weights[offsets[r]]) | INLINE) & 0xFFFFFFFFL;
                continue;
            }
            slots[i] = (rowKeys[r] & HIGH) | (at + 1);
            data[at++] = offsets[r + 1] - offsets[r];
            for (int e = offsets[r]; e < offsets[r + 1]; e++) {
                data[at++] = entry(classes[e], weights[e]);
            }
        }
        this.data = java.util.Arrays.copyOf(data, Math.max(at, 1));
    }

    private static final long HIGH = 0xFFFFFFFF00000000L;
    /** Marks a slot whose low half is the row's single weight rather than an offset into {@code data}. */
    private static final int INLINE = 0x80000000;

    /** One stored weight: the class in bits 16..30, the weight as a half-precision float in the low 16 bits. */
    private static int entry(int cls, float weight) {
        if (cls < 0 || cls > 0x7FFF) {
            throw new IllegalArgumentException("class " + cls + " out of range");
        }
        return cls << 16 | (Float.floatToFloat16(weight) & 0xFFFF);
    }

    private static int slot(long key, int mask) {
        return (int) key & mask;
    }

    int classCount() {
        return classCount;
    }

    /** Number of features with weights. */
    int featureCount() {
        return rowKeys.length;
    }

    /** Number of stored (feature, class) weights. */
    int weightCount() {
        return weights.length;
    }

    @Override
    public void addTo(long feature, float[] scores) {
        int ref = find(feature);
        if (ref != 0) {
            add(ref, scores);
        }
    }

    /**
     * The reference of a feature's row: 0 when the feature has no weights, its single weight with the
     * {@link #INLINE} bit, or one past its offset in {@code data}.
     */
    private int find(long feature) {
        long[] slots = this.slots;
        int mask = slots.length - 1;
        int i = slot(feature, mask);
        long high = feature & HIGH;
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                return 0;
            }
            if ((slot & HIGH) == high) {
                return (int) slot;
            }
            i = (i + 1) & mask;
        }
    }

    private void add(int ref, float[] scores) {
        if (ref < 0) {
            scores[(ref >>> 16) & 0x7FFF] += Float.float16ToFloat((short) ref);
            return;
        }
        int[] data = this.data;
        int o = ref - 1;
        for (int e = o + 1, stop = o + 1 + data[o]; e < stop; e++) {
            int v = data[e];
            scores[v >>> 16] += Float.float16ToFloat((short) v);
        }
    }

    /**
     * The same sums as {@link #addTo} feature by feature, in the same order (so the same floats), but the memory
     * reads are grouped: first every feature's slot, then every row's start, then the additions. The tables are far
     * larger than the CPU caches, and reading feature by feature waits for each read in turn; grouped, the
     * independent reads are in flight together.
     */
    @Override
    public void score(long[] features, int count, float[] scores) {
        int[] refs = new int[count];
        score(features, count, scores, refs);
    }

    /** {@link #score(long[], int, float[])} with a scratch array of at least {@code count} ints. */
    public void score(long[] features, int count, float[] scores, int[] refs) {
        long[] slots = this.slots;
        int mask = slots.length - 1;
        // 1. touch every feature's first slot (independent reads, no branch)
        long touched = 0;
        for (int k = 0; k < count; k++) {
            touched += slots[slot(features[k], mask)];
        }
        // 2. resolve the rows (now from the cache)
        int found = 0;
        for (int k = 0; k < count; k++) {
            int ref = find(features[k]);
            refs[found] = ref;
            found += ref != 0 ? 1 : 0;
        }
        // 3. touch every row's start
        int[] data = this.data;
        for (int j = 0; j < found; j++) {
            int ref = refs[j];
            touched += data[ref > 0 ? ref - 1 : 0];
        }
        // 4. add, in feature order
        for (int j = 0; j < found; j++) {
            add(refs[j], scores);
        }
        if (touched == 42) {
            sink++;
        }
    }

    /** Keeps the touching reads from being optimised away. */
    private static int sink;

    /** A copy without the weights whose magnitude is below {@code threshold} (and without rows left empty). */
    WeightTable pruned(double threshold) {
        long[] keys = new long[rowKeys.length];
        int[] offs = new int[rowKeys.length + 1];
        short[] cls = new short[weights.length];
        float[] ws = new float[weights.length];
        int rowsOut = 0;
        int e = 0;
        for (int r = 0; r < rowKeys.length; r++) {
            int start = e;
            for (int x = offsets[r]; x < offsets[r + 1]; x++) {
                if (Math.abs(weights[x]) >= threshold) {
                    cls[e] = classes[x];
                    ws[e] = weights[x];
                    e++;
                }
            }
            if (e > start) {
                keys[rowsOut] = rowKeys[r];
                offs[++rowsOut] = e;
            }
        }
        return new WeightTable(classCount, java.util.Arrays.copyOf(keys, rowsOut),
                java.util.Arrays.copyOf(offs, rowsOut + 1), java.util.Arrays.copyOf(cls, e),
                java.util.Arrays.copyOf(ws, e));
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(classCount);
        out.writeInt(rowKeys.length);
        out.writeInt(weights.length);
        for (int r = 0; r < rowKeys.length; r++) {
            out.writeLong(rowKeys[r]);
            out.writeShort(offsets[r + 1] - offsets[r]);
            for (int e = offsets[r]; e < offsets[r + 1]; e++) {
                out.writeShort(classes[e]);
                out.writeShort(Float.floatToFloat16(weights[e]));
            }
        }
    }

    static WeightTable read(DataInput in) throws IOException {
        int classCount = in.readInt();
        int rowCount = in.readInt();
        int weightCount = in.readInt();
        long[] keys = new long[rowCount];
        int[] offsets = new int[rowCount + 1];
        short[] classes = new short[weightCount];
        float[] weights = new float[weightCount];
        int e = 0;
        for (int r = 0; r < rowCount; r++) {
            keys[r] = in.readLong();
            int len = in.readUnsignedShort();
            for (int i = 0; i < len; i++, e++) {
                classes[e] = in.readShort();
                if (classes[e] < 0 || classes[e] >= classCount) {
                    throw new IOException("class " + classes[e] + " out of range " + classCount + " in row " + r);
                }
                weights[e] = Float.float16ToFloat(in.readShort());
            }
            offsets[r + 1] = e;
        }
        if (e != weightCount) {
            throw new IOException("expected " + weightCount + " weights, read " + e);
        }
        return new WeightTable(classCount, keys, offsets, classes, weights);
    }
}

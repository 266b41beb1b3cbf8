package veille.train.syntax;

import java.util.Arrays;
import veille.stage.syntax.LongIntMap;
import veille.stage.syntax.WeightTable;
import veille.stage.syntax.Weights;

/**
 * The weights of an averaged perceptron while it learns (Collins 2002), with lazy averaging: each weight keeps
 * the running sum of its past values, brought up to date only when the weight changes. Training only.
 *
 * <p>Rows are sparse lists of (class, weight) entries in flat arrays, found by feature hash; {@link #averaged}
 * writes them out in key order, which makes the result independent of the order features were first seen. The
 * result is the runtime's {@link WeightTable}; while learning, the perceptron scores through the same
 * {@link Weights} interface as the runtime's tables.
 */
final class AveragedPerceptron implements Weights {
    private final int classCount;
    private final LongIntMap rows = new LongIntMap(1 << 16);
    private long[] rowKey = new long[1 << 16];
    private int rowCount;
    // Each row's entries lie together (class and weight bits interleaved), so scoring a feature reads one or two
    // cache lines instead of chasing a linked list through arrays of millions of entries: training is bound by
    // those reads. A row holds each class at most once, so the scores are the same sums in the same order
    // whatever the order of a row's entries.
    private int[][] rowData = new int[1 << 16][];
    private int[] rowLength = new int[1 << 16];
    private int[][] rowStamp = new int[1 << 16][];
    private double[][] rowTotal = new double[1 << 16][];
    private int time;

    AveragedPerceptron(int classCount) {
        this.classCount = classCount;
    }

    int classCount() {
        return classCount;
    }

    @Override
    public void addTo(long feature, float[] scores) {
        int r = rows.get(feature);
        if (r < 0) {
            return;
        }
        int[] data = rowData[r];
        int end = 2 * rowLength[r];
        for (int e = 0; e < end; e += 2) {
            scores[data[e]] += Float.intBitsToFloat(data[e + 1]);
        }
    }

    /** Counts one training example (call once per decision, before any update for it). */
    void tick() {
        time++;
    }

    /** Moves the weights toward {@code gold} and away from {@code predicted}. */
    void update(long[] features, int count, int gold, int predicted) {
        if (gold == predicted) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int r = row(features[i]);
            change(r, gold, 1f);
            change(r, predicted, -1f);
        }
    }

    private int row(long key) {
        int r = rows.get(key);
        if (r >= 0) {
            return r;
        }
        if (rowCount == rowKey.length) {
            int size = rowCount * 2;
            rowKey = Arrays.copyOf(rowKey, size);
            rowData = Arrays.copyOf(rowData, size);
            rowLength = Arrays.copyOf(rowLength, size);
            rowStamp = Arrays.copyOf(rowStamp, size);
            rowTotal = Arrays.copyOf(rowTotal, size);
        }
        r = rowCount++;
        rowKey[r] = key;
        rowData[r] = new int[4];
        rowStamp[r] = new int[2];
        rowTotal[r] = new double[2];
        rows.put(key, r);
        return r;
    }

    private void change(int r, int c, float delta) {
        int[] data = rowData[r];
        int length = rowLength[r];
        int e = 0;
        while (e < length && data[2 * e] != c) {
            e++;
        }
        if (e == length) {
            if (2 * length == data.length) {
                data = rowData[r] = Arrays.copyOf(data, data.length * 2);
                rowStamp[r] = Arrays.copyOf(rowStamp[r], length * 2);
                rowTotal[r] = Arrays.copyOf(rowTotal[r], length * 2);
            }
            data[2 * e] = c;
            data[2 * e + 1] = Float.floatToRawIntBits(0f);
            rowStamp[r][e] = time;
            rowTotal[r][e] = 0;
            rowLength[r] = length + 1;
        }
        float weight = Float.intBitsToFloat(data[2 * e + 1]);
        rowTotal[r][e] += (double) weight * (time - rowStamp[r][e]);
        rowStamp[r][e] = time;
        data[2 * e + 1] = Float.floatToRawIntBits(weight + delta);
    }

    /**
     * The averaged weights as an immutable table, dropping weights whose magnitude is below {@code threshold}
     * (they hardly change a decision and would only make the model bigger).
     */
    WeightTable averaged(double threshold) {
        Integer[] order = new Integer[rowCount];
        for (int r = 0; r < rowCount; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Long.compare(rowKey[a], rowKey[b]));
        long[] keys = new long[rowCount];
        int[] offsets = new int[rowCount + 1];
        int entryCount = 0;
        for (int r = 0; r < rowCount; r++) {
            entryCount += rowLength[r];
        }
        short[] classes = new short[entryCount];
        float[] weights = new float[entryCount];
        int rowsOut = 0;
        int e = 0;
        float[] dense = new float[classCount];
        boolean[] present = new boolean[classCount];
        for (int r : order) {
            int start = e;
            int[] data = rowData[r];
            for (int x = 0; x < rowLength[r]; x++) {
                float weight = Float.intBitsToFloat(data[2 * x + 1]);
                double total = rowTotal[r][x] + (double) weight * (time - rowStamp[r][x]);
                // compared as stored (half precision), so pruning a written model gives what training would
                float avg = Float.float16ToFloat(Float.floatToFloat16((float) (time == 0 ? 0 : total / time)));
                if (Math.abs(avg) >= threshold && avg != 0) {
                    dense[data[2 * x]] = avg;
                    present[data[2 * x]] = true;
                }
            }
            for (int c = 0; c < classCount; c++) {
                if (present[c]) {
                    classes[e] = (short) c;
                    weights[e] = dense[c];
                    e++;
                    present[c] = false;
                    dense[c] = 0;
                }
            }
            if (e > start) {
                keys[rowsOut] = rowKey[r];
                offsets[rowsOut + 1] = e;
                rowsOut++;
            }
        }
        return new WeightTable(classCount, Arrays.copyOf(keys, rowsOut), Arrays.copyOf(offsets, rowsOut + 1),
                Arrays.copyOf(classes, e), Arrays.copyOf(weights, e));
    }
}

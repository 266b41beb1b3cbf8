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
    private int[] rowFirst = new int[1 << 16];
    private int rowCount;
    private int[] entryClass = new int[1 << 18];
    private int[] entryNext = new int[1 << 18];
    private int[] entryStamp = new int[1 << 18];
    private float[] entryWeight = new float[1 << 18];
    private double[] entryTotal = new double[1 << 18];
    private int entryCount;
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
        for (int e = rowFirst[r]; e >= 0; e = entryNext[e]) {
            scores[entryClass[e]] += entryWeight[e];
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
            rowKey = Arrays.copyOf(rowKey, rowCount * 2);
            rowFirst = Arrays.copyOf(rowFirst, rowCount * 2);
        }
        r = rowCount++;
        rowKey[r] = key;
        rowFirst[r] = -1;
        rows.put(key, r);
        return r;
    }

    private void change(int r, int c, float delta) {
        int e = rowFirst[r];
        while (e >= 0 && entryClass[e] != c) {
            e = entryNext[e];
        }
        if (e < 0) {
            if (entryCount == entryClass.length) {
                int size = entryCount * 2;
                entryClass = Arrays.copyOf(entryClass, size);
                entryNext = Arrays.copyOf(entryNext, size);
                entryStamp = Arrays.copyOf(entryStamp, size);
                entryWeight = Arrays.copyOf(entryWeight, size);
                entryTotal = Arrays.copyOf(entryTotal, size);
            }
            e = entryCount++;
            entryClass[e] = c;
            entryStamp[e] = time;
            entryNext[e] = rowFirst[r];
            rowFirst[r] = e;
        }
        entryTotal[e] += (double) entryWeight[e] * (time - entryStamp[e]);
        entryStamp[e] = time;
        entryWeight[e] += delta;
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
        short[] classes = new short[entryCount];
        float[] weights = new float[entryCount];
        int rowsOut = 0;
        int e = 0;
        float[] dense = new float[classCount];
        boolean[] present = new boolean[classCount];
        for (int r : order) {
            int start = e;
            for (int x = rowFirst[r]; x >= 0; x = entryNext[x]) {
                double total = entryTotal[x] + (double) entryWeight[x] * (time - entryStamp[x]);
                // compared as stored (half precision), so pruning a written model gives what training would
                float avg = Float.float16ToFloat(Float.floatToFloat16((float) (time == 0 ? 0 : total / time)));
                if (Math.abs(avg) >= threshold && avg != 0) {
                    dense[entryClass[x]] = avg;
                    present[entryClass[x]] = true;
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

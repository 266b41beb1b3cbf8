package veille.stage.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WeightTableTest {
    private static final int CLASSES = 120;

    /** Rows of 1 to 40 weights (rows of one weight are stored in their slot), keyed by random hashes. */
    private static TreeMap<Long, float[]> rows(Random random, int count) {
        TreeMap<Long, float[]> rows = new TreeMap<>();
        while (rows.size() < count) {
            float[] row = new float[CLASSES];
            int length = random.nextInt(10) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(3);
            for (int i = 0; i < length; i++) {
                row[random.nextInt(CLASSES)] = (float) (random.nextGaussian() * 20);
            }
            rows.put(random.nextLong(), row);
        }
        return rows;
    }

    private static WeightTable table(TreeMap<Long, float[]> rows) {
        long[] keys = new long[rows.size()];
        int[] offsets = new int[rows.size() + 1];
        short[] classes = new short[rows.size() * CLASSES];
        float[] weights = new float[rows.size() * CLASSES];
        int r = 0;
        int e = 0;
        for (var row : rows.entrySet()) {
            keys[r] = row.getKey();
            for (int c = 0; c < CLASSES; c++) {
                if (row.getValue()[c] != 0) {
                    classes[e] = (short) c;
                    weights[e++] = row.getValue()[c];
                }
            }
            offsets[++r] = e;
        }
        return new WeightTable(CLASSES, keys, offsets, Arrays.copyOf(classes, e), Arrays.copyOf(weights, e));
    }

    @Test
    void groupedScoringGivesTheSameFloatsAsFeatureByFeature() {
        Random random = new Random(7);
        TreeMap<Long, float[]> rows = rows(random, 5000);
        WeightTable table = table(rows);
        Long[] keys = rows.keySet().toArray(Long[]::new);
        long[] features = new long[96];
        int[] scratch = new int[96];
        for (int round = 0; round < 500; round++) {
            int count = 1 + random.nextInt(features.length);
            for (int k = 0; k < count; k++) {
                // known features, unknown ones and repeats
                features[k] = random.nextInt(4) == 0 ? random.nextLong() : keys[random.nextInt(keys.length)];
            }
            float[] expected = new float[CLASSES];
            for (int k = 0; k < count; k++) {
                table.addTo(features[k], expected);
            }
            float[] grouped = new float[CLASSES];
            table.score(features, count, grouped, scratch);
            float[] allocating = new float[CLASSES];
            table.score(features, count, allocating);
            assertThat(grouped).containsExactly(expected);
            assertThat(allocating).containsExactly(expected);
        }
    }

    @Test
    void aFeatureAddsItsRowAsStoredInHalfPrecision() {
        TreeMap<Long, float[]> rows = rows(new Random(11), 200);
        WeightTable table = table(rows);
        for (var row : rows.entrySet()) {
            float[] scores = new float[CLASSES];
            table.addTo(row.getKey(), scores);
            for (int c = 0; c < CLASSES; c++) {
                assertThat(scores[c]).isEqualTo(Float.float16ToFloat(Float.floatToFloat16(row.getValue()[c])));
            }
        }
        float[] none = new float[CLASSES];
        table.addTo(12345L, none);
        assertThat(none).containsOnly(0f);
    }
}

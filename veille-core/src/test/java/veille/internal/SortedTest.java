package veille.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedTest {
    @Test
    void findsTheFirstIndexNotBeforeAsAScanWould() {
        Random random = new Random(3);
        for (int n = 0; n < 2_000; n++) {
            int[] starts = random.ints(random.nextInt(12), 0, 30).sorted().toArray();
            int pos = random.nextInt(32);
            int scan = 0;
            while (scan < starts.length && starts[scan] < pos) {
                scan++;
            }
            assertThat(Sorted.firstNotBefore(starts.length, i -> starts[i] < pos))
                    .as("%s, pos %d", Arrays.toString(starts), pos).isEqualTo(scan);
        }
    }

    @Test
    void anEmptyRangeGivesZero() {
        assertThat(Sorted.firstNotBefore(0, i -> true)).isZero();
    }
}

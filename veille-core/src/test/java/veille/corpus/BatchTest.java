package veille.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchTest {
    /** The integers from 0, as many as asked (or without end), counting how many were pulled. */
    private static final class Counting implements Iterator<Integer> {
        final int size;
        final AtomicInteger pulled = new AtomicInteger();

        Counting(int size) {
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            return pulled.get() < size;
        }

        @Override
        public Integer next() {
            return pulled.getAndIncrement();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void resultsComeInInputOrderWhateverOrderTheyFinishIn() {
        Random random = new Random(42);
        List<Integer> delays = IntStream.range(0, 200).mapToObj(i -> random.nextInt(4)).toList();
        List<Integer> seen = new ArrayList<>();
        Batch.run(IntStream.range(0, 200).boxed().iterator(), 8, i -> {
            sleep(delays.get(i));
            return i * 10;
        }, seen::add);
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> i * 10).toList());
    }

    @Test
    void noMoreThanTheWindowIsInFlightEvenBehindASlowInput() {
        Counting inputs = new Counting(100);
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Batch.run(inputs, 4, 6, i -> {
            sleep(i % 10 == 0 ? 30 : 0); // every tenth input holds the ones after it back
            return i;
        }, r -> {
            mostInFlight.accumulateAndGet(inputs.pulled.get() - delivered.get(), Math::max);
            delivered.incrementAndGet();
        });
        assertThat(delivered.get()).isEqualTo(100);
        assertThat(mostInFlight.get()).isEqualTo(6);
    }

    @Test
    void theDefaultWindowIsFourInputsPerThreadAndAtLeastFour() {
        assertThat(Batch.window(1)).isEqualTo(4);
        assertThat(Batch.window(8)).isEqualTo(32);
    }

    @Test
    void aSinkThatThrowsStopsTheBatchWithoutReadingTheRestOfTheInputs() {
        Counting endless = new Counting(Integer.MAX_VALUE);
        assertThatThrownBy(() -> Batch.run(endless, 2, 4, i -> i, r -> {
            if (r == 3) {
                throw new IllegalStateException("disk full");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(endless.pulled.get()).isLessThanOrEqualTo(4 + 4);
    }

    @Test
    void workThatThrowsStopsTheBatchWithItsOwnException() {
        assertThatThrownBy(() -> Batch.run(List.of(1, 2, 3).iterator(), 2, i -> {
            if (i == 2) {
                throw new ArithmeticException("two");
            }
            return i;
        }, r -> {
        })).isInstanceOf(ArithmeticException.class).hasMessage("two");
    }

    @Test
    void noInputsIsNoResults() {
        List<Object> seen = new ArrayList<>();
        Batch.run(List.of().iterator(), 3, i -> i, seen::add);
        assertThat(seen).isEmpty();
    }

    @Test
    void threadsAndWindowMustBePositive() {
        assertThatThrownBy(() -> Batch.run(List.of(1).iterator(), 0, 4, i -> i, r -> {
        })).hasMessage("threads and window must be at least 1, got 0 and 4");
    }
}

package veille.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link HostPacer} on a virtual clock: spacing per host, no waiting across hosts, fair under concurrency. */
class HostPacerTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void theFirstRequestToAHostStartsAtOnceAndTheNextWaitsTheInterval() throws Exception {
        FetcherTest.VirtualClock clock = new FetcherTest.VirtualClock();
        HostPacer pacer = new HostPacer(clock);
        pacer.await("a.example", SECOND);
        pacer.await("b.example", SECOND);
        pacer.await("a.example", SECOND);
        assertThat(clock.sleeps()).containsExactly(SECOND);
        assertThat(clock.millis()).isEqualTo(1000);
    }

    @Test
    void aHostIdleLongerThanTheIntervalIsNotWaitedFor() throws Exception {
        FetcherTest.VirtualClock clock = new FetcherTest.VirtualClock();
        HostPacer pacer = new HostPacer(clock);
        pacer.await("a.example", SECOND);
        clock.sleep(Duration.ofSeconds(3).toNanos()); // three seconds of other work
        pacer.await("a.example", SECOND);
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void concurrentCallersOnOneHostGetDistinctSlotsOneIntervalApart() throws Exception {
        // Sleeps are recorded, not performed, so each caller's sleep is its slot: 0, 1, 2 ... 7 seconds.
        List<Long> slots = new ArrayList<>();
        HostPacer pacer = new HostPacer(new HostPacer.Clock() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void sleep(long nanos) {
                synchronized (slots) {
                    slots.add(nanos);
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            done.add(pool.submit(() -> {
                pacer.await("a.example", SECOND);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(slots).hasSize(7); // the first caller does not sleep
        assertThat(slots.stream().sorted().toList()).containsExactly(
                1_000_000_000L, 2_000_000_000L, 3_000_000_000L, 4_000_000_000L, 5_000_000_000L, 6_000_000_000L,
                7_000_000_000L);
    }
}

package veille.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host: at most one start per interval, while other hosts go on in parallel.
 *
 * <p>Each caller reserves the next free slot of its host and sleeps until then, so concurrent callers on one host
 * queue up in arrival order. Time and sleeping come from a {@link Clock}, so tests run on a virtual clock.
 * Thread-safe.
 */
public final class HostPacer {
    /** Time and sleeping, replaceable in tests. */
    public interface Clock {
        /** The system's monotonic clock and {@link Thread#sleep}. */
        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Thread.sleep(Duration.ofNanos(nanos));
            }
        };

        /** A monotonic time in nanoseconds. */
        long nanoTime();

        /** Waits that many nanoseconds. */
        void sleep(long nanos) throws InterruptedException;
    }

    private final Clock clock;
    /** Per host, the earliest time the next request may start. */
    private final Map<String, Long> nextSlot = new HashMap<>();

    public HostPacer(Clock clock) {
        this.clock = clock;
    }

    /** A pacer on the system clock. */
    public static HostPacer system() {
        return new HostPacer(Clock.SYSTEM);
    }

    /** Waits until a request to {@code host} may start, at least {@code interval} after the previous one. */
    public void await(String host, Duration interval) throws InterruptedException {
        long wait;
        synchronized (nextSlot) {
            long now = clock.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + interval.toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            clock.sleep(wait);
        }
    }

    /**
     * Holds the host's next request back until {@code wait} from now at the earliest: a server that answered "too many
     * requests" or "unavailable" is given that rest by every caller, not only the one that was told.
     */
    public void defer(String host, Duration wait) {
        synchronized (nextSlot) {
            long until = clock.nanoTime() + wait.toNanos();
            nextSlot.merge(host, until, Math::max);
        }
    }
}

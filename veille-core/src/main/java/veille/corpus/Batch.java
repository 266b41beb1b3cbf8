package veille.corpus;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over many inputs on several threads and hands the results on in input order.
 *
 * <p>At most {@code window} inputs are in flight (pulled and not yet handed on), so memory stays bounded however
 * long the batch: the inputs are pulled only as the window frees up. A result that is slow holds the ones after it
 * back rather than letting them pile up.
 */
public final class Batch {
    private Batch() {
    }

    /** The default window: four inputs per thread, at least four, so no thread waits for work. */
    public static int window(int threads) {
        return Math.max(4, threads * 4);
    }

    /** Like {@link #run(Iterator, int, int, Function, Consumer)} with the {@linkplain #window(int) default window}. */
    public static <I, R> void run(Iterator<I> inputs, int threads, Function<I, R> work, Consumer<R> sink) {
        run(inputs, threads, window(threads), work, sink);
    }

    /**
     * Runs {@code work} over inputs produced on the fly (a feed or an archive read as it goes) and hands each result
     * to {@code sink} in input order, on the calling thread, which also pulls the inputs.
     *
     * <p>An exception from {@code work} or {@code sink} stops the batch: no more inputs are pulled, the work in flight
     * is abandoned, and the exception is thrown here. Work that must not stop the batch catches its own failures.
     *
     * @param window the most inputs in flight at once, at least 1
     */
    public static <I, R> void run(Iterator<I> inputs, int threads, int window, Function<I, R> work, Consumer<R> sink) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1, got " + threads + " and " + window);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "veille-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && inputs.hasNext()) {
                    I in = inputs.next();
                    inFlight.add(pool.submit(() -> work.apply(in)));
                }
                sink.accept(join(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}

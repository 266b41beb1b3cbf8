package veille.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over many inputs on all cores and hands the results on in input order.
 *
 * <p>At most a few tasks per thread are in flight, so memory stays bounded however long the batch. A {@link Progress}
 * bar (count, rate, ETA) goes to stderr, and only when stderr is a terminal: piped or logged runs stay quiet.
 */
final class Batch {
    private Batch() {
    }

    /** Runs {@code work} over a list, with a progress bar of one step per input. */
    static <I, R> void run(List<I> inputs, int threads, boolean progress, String task,
                           Function<I, R> work, Consumer<R> sink) {
        try (Progress bar = Progress.start(task, progress && inputs.size() > 1, inputs.size())) {
            run(inputs.iterator(), threads, work, r -> {
                sink.accept(r);
                bar.step();
            });
        }
    }

    /**
     * Runs {@code work} over inputs produced on the fly (a feed or an archive read as it goes) and hands each result
     * to {@code sink} in input order, on the calling thread, which also pulls the inputs.
     */
    static <I, R> void run(Iterator<I> inputs, int threads, Function<I, R> work, Consumer<R> sink) {
        int window = Math.max(4, threads * 4);
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

    /** Set by bin/veille, which can test stderr; a bare {@code java -jar} run shows no bar. */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("veille.stderr.tty") && System.getenv("CI") == null;
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
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

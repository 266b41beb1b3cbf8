package veille.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs a function over many inputs on all cores and hands the results on in input order.
 *
 * <p>At most a few tasks per thread are in flight, so memory stays bounded however long the batch. A progress bar
 * (count, rate, ETA) goes to stderr, and only when stderr is a terminal: piped or logged runs stay quiet.
 */
final class Batch {
    private Batch() {
    }

    static <I, R> void run(List<I> inputs, int threads, boolean progress, String task,
                           Function<I, R> work, Consumer<R> sink) {
        int window = Math.max(4, threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "veille-worker");
            t.setDaemon(true);
            return t;
        });
        ProgressBar bar = progress && stderrIsTerminal() && inputs.size() > 1
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(inputs.size())
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                                new PrintStream(System.err, true))).showSpeed().build()
                : null;
        try {
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    I in = inputs.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(in)));
                }
                R r = join(inFlight.poll());
                sink.accept(r);
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
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

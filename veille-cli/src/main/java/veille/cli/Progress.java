package veille.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar (count, rate, ETA) on stderr, drawn only when stderr is a terminal: piped or logged runs stay quiet.
 *
 * <p>The total may grow while the work goes on (a feed or an archive reveals its articles as it is read), so the ETA
 * is an estimate that firms up. Thread-safe: workers may step it.
 */
final class Progress implements AutoCloseable {
    private final String task;
    private final boolean enabled;
    private ProgressBar bar;
    private long total;

    private Progress(String task, boolean enabled, long total) {
        this.task = task;
        this.enabled = enabled;
        this.total = total;
    }

    /**
     * A bar for {@code total} steps, shown only if {@code wanted}, stderr is a terminal and there is more than one
     * step (the total may grow past one later).
     */
    static Progress start(String task, boolean wanted, long total) {
        return new Progress(task, wanted && Batch.stderrIsTerminal(), total);
    }

    /** A bar that never shows. */
    static Progress none() {
        return new Progress("", false, 0);
    }

    /** Sets the expected number of steps (an estimate while it is not known). */
    synchronized void total(long steps) {
        total = Math.max(steps, 0);
        if (bar != null) {
            bar.maxHint(total);
        }
    }

    /** Adds expected steps (a feed's entries, found while fetching). */
    synchronized void grow(long steps) {
        total(total + steps);
    }

    /** One step done. */
    synchronized void step() {
        if (!enabled) {
            return;
        }
        if (bar == null) {
            if (total <= 1) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .showSpeed().build();
        }
        bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

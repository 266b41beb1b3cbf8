package veille.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import veille.corpus.CorpusProgress;

/**
 * A progress bar (count, rate, ETA) on stderr for a corpus run, drawn only when stderr is a terminal: piped or logged
 * runs stay quiet.
 *
 * <p>The total may grow while the work goes on (a feed or an archive reveals its articles as it is read), so the ETA
 * is an estimate that firms up.
 */
final class Progress implements CorpusProgress, AutoCloseable {
    private final String task;
    private final boolean enabled;
    private ProgressBar bar;

    private Progress(String task, boolean enabled) {
        this.task = task;
        this.enabled = enabled;
    }

    /**
     * A bar, shown only if {@code wanted}, stderr is a terminal and more than one result is expected (the total may
     * grow past one later).
     */
    static Progress start(String task, boolean wanted) {
        return new Progress(task, wanted && stderrIsTerminal());
    }

    /** Set by bin/veille, which can test stderr; a bare {@code java -jar} run shows no bar. */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("veille.stderr.tty") && System.getenv("CI") == null;
    }

    @Override
    public synchronized void progress(long done, long expected) {
        if (!enabled || done == 0 && bar == null) {
            return;
        }
        if (bar == null) {
            if (expected <= 1) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(expected).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .showSpeed().build();
        }
        bar.maxHint(expected);
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

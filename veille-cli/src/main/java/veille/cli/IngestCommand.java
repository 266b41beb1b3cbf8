package veille.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import veille.Analyzer;
import veille.corpus.CorpusResult;
import veille.corpus.CorpusRunner;
import veille.corpus.CorpusSettings;
import veille.corpus.CorpusSummary;
import veille.io.InputReader;
import veille.output.AnalysisJson;
import veille.store.CorpusStore;

/**
 * {@code veille ingest}: analyses inputs as {@code analyze} does and stores each article in the corpus store.
 * Idempotent (an article already stored is left alone, an edited one replaces its old version) and crash-safe (the
 * store commits every few seconds; a killed run loses only what came after the last commit, which the next run adds).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles and store them in the corpus store (the same inputs as analyze).",
                "Default store: $VEILLE_STORE, else $XDG_DATA_HOME/veille/store, else ~/.local/share/veille/store.",
                "Unreadable inputs are reported on stderr, one line each; the exit status is then 2."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (recursive) or - for stdin; feeds and WARC archives give one article per entry.")
    List<String> files;

    @Option(names = "--store", paramLabel = "DIR", description = "The store folder (created if needed).")
    Path store;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND",
            description = "auto, text, html, plain, feed, warc (as analyze). Default: ${DEFAULT-VALUE}.")
    AnalyzeCommand.InputKind input;

    @Option(names = "--fetch-items", description = "Fetch the page of each feed entry that carries no full article.")
    boolean fetchItems;

    @Mixin
    FetchSettings fetch;

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Refuse larger files (default 32 MiB).")
    long maxSize = InputReader.DEFAULT_MAX_BYTES;

    @Option(names = "--kb", paramLabel = "DIR", description = "A folder of extra knowledge-base tables.")
    Path kb;

    @Option(names = "--no-progress", description = "Never show the progress bar (it only shows on a terminal anyway).")
    boolean noProgress;

    @Override
    public Integer call() {
        CorpusSettings settings;
        try {
            settings = new CorpusSettings(input.kind(), maxSize, Math.max(1, threads), 0,
                    fetchItems ? fetch.options(maxSize) : null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = store != null ? store : CorpusStore.defaultDir();
        Analyzer analyzer = Analyzer.standard(Home.knowledgeBase(kb));
        AnalysisJson json = AnalysisJson.of(analyzer, false, false);
        long[] outcomes = new long[CorpusStore.Outcome.values().length];
        long t0 = System.nanoTime();
        try (CorpusStore st = CorpusStore.open(dir, Home.knowledgeBase(kb));
             CorpusRunner runner = new CorpusRunner(analyzer, settings);
             Progress progress = Progress.start("ingest", !noProgress)) {
            long[] failed = {0};
            CorpusSummary summary = runner.run(files, json::write, progress, (CorpusResult<String> result) -> {
                if (result instanceof CorpusResult.Analysed<String> a) {
                    try {
                        outcomes[st.add(a.value()).ordinal()]++;
                    } catch (CorpusStore.StoreException e) {
                        failed[0]++;
                        System.err.println("veille: " + a.source() + ": cannot store: " + e.getMessage());
                    }
                } else if (ResultLines.problem(result) != null) {
                    System.err.println(ResultLines.problem(result));
                }
            });
            st.commit();
            System.err.printf("veille: %d articles stored in %.1f s (%d added, %d replaced, %d unchanged)%s; %s holds %d%n",
                    summary.analysed() - failed[0], (System.nanoTime() - t0) / 1e9,
                    outcomes[CorpusStore.Outcome.ADDED.ordinal()], outcomes[CorpusStore.Outcome.REPLACED.ordinal()],
                    outcomes[CorpusStore.Outcome.UNCHANGED.ordinal()],
                    summary.failed() + failed[0] > 0 ? ", " + (summary.failed() + failed[0]) + " failed" : "",
                    dir, st.count());
            return summary.failed() + failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
        } catch (CorpusStore.StoreException e) {
            System.err.println("veille: " + e.getMessage());
            return Main.SOME_FAILED;
        } catch (UncheckedIOException e) {
            System.err.println("veille: cannot write the store " + dir + ": " + e.getCause().getMessage());
            return Main.SOME_FAILED;
        }
    }

}

package veille.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import veille.Analyzer;
import veille.corpus.CorpusRunner;
import veille.corpus.CorpusSettings;
import veille.corpus.CorpusSummary;
import veille.fetch.FetchOptions;
import veille.io.InputReader;
import veille.output.AnalysisJson;

/**
 * {@code veille analyze}: one JSON object per input, in input order.
 *
 * <p>A file that cannot be analysed gets one line on stderr ({@code veille: PATH: reason}) and no output row; the
 * others are analysed; the exit status is 2 when any failed. Feeds and WARC archives give one row per article; what
 * an archive passed over is a {@code veille: note:} line, not a failure. The run itself is
 * {@link veille.corpus.CorpusRunner}'s; this command parses options and prints.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles: prints one JSON object per input (JSON Lines), in input order.",
                "Unreadable inputs are reported on stderr, one line each; the exit status is then 2."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { jsonl, json, pretty }

    /** The values of {@code --input}, as typed. */
    enum InputKind {
        auto, text, html, plain, feed, warc;

        veille.corpus.InputKind kind() {
            return veille.corpus.InputKind.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Files, directories (recursive) or - for stdin; feeds and WARC archives give one row per article.")
    List<String> files;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND",
            description = "auto (feed, WARC, HTML or page text, sniffed), text (copied page text), html, plain (already-clean text), feed (RSS/Atom), warc. Default: ${DEFAULT-VALUE}.")
    InputKind input;

    @Option(names = "--fetch-items",
            description = "Fetch the page of each feed entry that carries no full article (with the fetch options below), instead of analysing its summary.")
    boolean fetchItems;

    @Mixin
    FetchSettings fetch;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (one object a line), json (one array), pretty (indented objects). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--tokens", description = "Include the token layer in the output.")
    boolean tokens;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Refuse larger files (default 32 MiB).")
    long maxSize = InputReader.DEFAULT_MAX_BYTES;

    @Option(names = "--kb", paramLabel = "DIR",
            description = "A folder of extra knowledge-base tables (outlets*.tsv, places*.tsv) added to the built-in ones.")
    java.nio.file.Path kb;

    @Option(names = "--no-progress", description = "Never show the progress bar (it only shows on a terminal anyway).")
    boolean noProgress;

    @Override
    public Integer call() {
        var fetchOptions = fetchItems ? fetchOptions() : null;
        CorpusSettings settings;
        try {
            settings = new CorpusSettings(input.kind(), maxSize, Math.max(1, threads), 0, fetchOptions);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-size must be positive, got " + maxSize);
        }
        Analyzer analyzer = Analyzer.standard(Home.knowledgeBase(kb));
        AnalysisJson json = AnalysisJson.of(analyzer, format == Format.pretty, tokens);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        ResultLines lines = new ResultLines(out, System.err, format == Format.json);
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings);
             Progress progress = Progress.start("analyze", !noProgress)) {
            CorpusSummary summary = runner.run(files, json::write, progress, lines);
            lines.finish();
            return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("veille: cannot write output: " + e.getMessage());
            return Main.SOME_FAILED;
        }
    }

    private FetchOptions fetchOptions() {
        try {
            return fetch.options(maxSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

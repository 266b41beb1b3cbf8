package veille.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import veille.Analyzer;
import veille.doc.InputFormat;
import veille.io.InputReader;
import veille.output.AnalysisJson;
import veille.source.FeedItemReader;

/**
 * {@code veille analyze}: one JSON object per input, in input order.
 *
 * <p>A file that cannot be analysed gets one line on stderr ({@code veille: PATH: reason}) and no output row; the
 * others are analysed; the exit status is 2 when any failed. Feeds and WARC archives give one row per article
 * ({@link SourceInputs}); what an archive passed over is a {@code veille: note:} line, not a failure.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles: prints one JSON object per input (JSON Lines), in input order.",
                "Unreadable inputs are reported on stderr, one line each; the exit status is then 2."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { jsonl, json, pretty }

    enum InputKind { auto, text, html, plain, feed, warc }

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
        Analyzer analyzer = Analyzer.standard(Home.knowledgeBase(kb));
        InputReader reader = new InputReader(maxSize);
        InputFormat forced = switch (input) {
            case auto, feed, warc -> null;
            case text -> InputFormat.TEXT;
            case html -> InputFormat.HTML;
            case plain -> InputFormat.PLAIN;
        };
        AnalysisJson json = AnalysisJson.of(analyzer, format == Format.pretty, tokens);
        AtomicInteger failed = new AtomicInteger();
        PrintStream err = System.err;
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        boolean[] first = {true};
        try (SourceInputs units = new SourceInputs(InputFiles.expand(files), mode(input), maxSize,
                fetchItems ? FeedItemReader.LinkPolicy.WHEN_NO_CONTENT : FeedItemReader.LinkPolicy.NEVER);
             UnitAnalyzer analyses = new UnitAnalyzer(analyzer, reader, forced, fetchOptions);
             Progress progress = Progress.start("analyze", !noProgress, files.size())) {
            if (format == Format.json) {
                out.write("[\n");
            }
            Batch.run(units, Math.max(1, threads), unit -> result(analyses.analyze(unit), json),
                    result -> {
                        try {
                            if (result.note() != null) {
                                out.flush();
                                err.println("veille: note: " + result.source() + ": " + result.note());
                            } else if (result.error() != null) {
                                failed.incrementAndGet();
                                out.flush();
                                err.println("veille: " + result.source() + ": " + result.error());
                            } else {
                                if (format == Format.json && !first[0]) {
                                    out.write(",\n");
                                }
                                first[0] = false;
                                out.write(result.json());
                                out.write('\n');
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        progress.total(units.expectedTotal());
                        progress.step();
                    });
            if (format == Format.json) {
                out.write("]\n");
            }
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            err.println("veille: cannot write output: " + e.getMessage());
            return Main.SOME_FAILED;
        }
        return failed.get() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** How {@code --input} takes the files: sniffed, or all as one kind. */
    static SourceInputs.Mode mode(InputKind kind) {
        return switch (kind) {
            case auto -> SourceInputs.Mode.AUTO;
            case feed -> SourceInputs.Mode.FEED;
            case warc -> SourceInputs.Mode.WARC;
            case text, html, plain -> SourceInputs.Mode.DOCUMENT;
        };
    }

    private veille.fetch.FetchOptions fetchOptions() {
        try {
            return fetch.options(maxSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The JSON, error or note of one unit; the JSON is written on the worker thread. */
    static Result result(UnitAnalyzer.Outcome o, AnalysisJson json) {
        if (o.doc() == null) {
            return new Result(o.source(), null, o.error(), o.note());
        }
        try {
            return new Result(o.source(), json.write(o.doc()), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(o.source(), null, "internal error: " + e + " (please report it with the file)", null);
        }
    }

    /** One row, error or note, in input order. */
    record Result(String source, String json, String error, String note) {
    }
}

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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.io.InputReader;
import veille.output.AnalysisJson;

/**
 * {@code veille analyze}: one JSON object per input, in input order.
 *
 * <p>A file that cannot be analysed gets one line on stderr ({@code veille: PATH: reason}) and no output row; the
 * others are analysed; the exit status is 2 when any failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles: prints one JSON object per input (JSON Lines), in input order.",
                "Unreadable inputs are reported on stderr, one line each; the exit status is then 2."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { jsonl, json, pretty }

    enum InputKind { auto, text, html, plain }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories (recursive) or - for stdin.")
    List<String> files;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND",
            description = "auto (HTML or page text, sniffed), text (copied page text), html, plain (already-clean text). Default: ${DEFAULT-VALUE}.")
    InputKind input;

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
        Analyzer analyzer = Analyzer.standard(Home.knowledgeBase(kb));
        InputReader reader = new InputReader(maxSize);
        InputFormat forced = switch (input) {
            case auto -> null;
            case text -> InputFormat.TEXT;
            case html -> InputFormat.HTML;
            case plain -> InputFormat.PLAIN;
        };
        AnalysisJson json = AnalysisJson.of(analyzer, format == Format.pretty, tokens);
        List<InputFiles.Item> items = InputFiles.expand(files);
        AtomicInteger failed = new AtomicInteger();
        PrintStream err = System.err;
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        boolean[] first = {true};
        try {
            if (format == Format.json) {
                out.write("[\n");
            }
            Batch.run(items, Math.max(1, threads), !noProgress, "analyze",
                    item -> analyzeOne(item, reader, forced, analyzer, json),
                    result -> {
                        try {
                            if (result.error() != null) {
                                failed.incrementAndGet();
                                out.flush();
                                err.println("veille: " + result.source() + ": " + result.error());
                                return;
                            }
                            if (format == Format.json && !first[0]) {
                                out.write(",\n");
                            }
                            first[0] = false;
                            out.write(result.json());
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            if (format == Format.json) {
                out.write("]\n");
            }
            out.flush();
        } catch (IOException e) {
            err.println("veille: cannot write output: " + e.getMessage());
            return Main.SOME_FAILED;
        }
        return failed.get() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** The JSON or the error of one input; never throws, so one bad file cannot stop the batch. */
    static Result analyzeOne(InputFiles.Item item, InputReader reader, InputFormat forced, Analyzer analyzer,
                             AnalysisJson json) {
        try {
            Input in = item.isStdin() ? reader.read(System.in, item.source(), forced)
                    : reader.read(item.path(), item.source(), forced);
            Document doc = analyzer.analyze(in);
            return new Result(item.source(), json.write(doc), null);
        } catch (InputException e) {
            return new Result(item.source(), null, e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Result(item.source(), null, "out of memory while analysing (try a smaller --max-size or more heap)");
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(item.source(), null, "internal error: " + e + " (please report it with the file)");
        }
    }

    record Result(String source, String json, String error) {
    }
}

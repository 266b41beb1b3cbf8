package veille.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
import veille.doc.Document;
import veille.fetch.FetchOptions;
import veille.output.AnalysisJson;

/**
 * {@code veille fetch}: fetches pages politely (robots.txt, one request per host per interval, timeouts, size
 * limits), then saves them ({@code --out DIR}, with a JSON Lines manifest) and/or analyses them ({@code --analyze},
 * the JSON Lines of {@code analyze}). A feed URL gives its entries' pages.
 *
 * <p>Each URL that cannot be fetched gets one line on stderr ({@code veille: URL: reason}); the others go on; the exit
 * status is then 2. The fetching, saving and analysing are {@link CorpusRunner#fetch}'s; this command parses options
 * and prints.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch pages (and the entries of feeds) politely, then save them (--out) and/or analyse them (--analyze).",
                "robots.txt is obeyed; each host gets at most one request per --rate; URLs that fail get one line on stderr and the exit status 2."})
final class FetchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "URL", description = "Pages or feeds (RSS, Atom) to fetch.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FILE", description = "Also fetch the URLs listed in FILE (one a line, # comments; - for stdin).")
    String from;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Save each page under DIR/<host>/<name>-<hash>.<ext> and append a line per fetch to DIR/manifest.jsonl.")
    Path out;

    @Option(names = "--analyze", description = "Analyse each page and print its JSON (as bin/veille analyze does).")
    boolean analyze;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "With --analyze: jsonl, json (one array) or pretty. Default: ${DEFAULT-VALUE}.")
    AnalyzeCommand.Format format;

    @Option(names = "--tokens", description = "With --analyze: include the token layer.")
    boolean tokens;

    @Option(names = "--kb", paramLabel = "DIR", description = "With --analyze: a folder of extra knowledge-base tables.")
    Path kb;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Pages fetched at once, across hosts (one host still gets one request per --rate). Default: ${DEFAULT-VALUE}.")
    int parallel = 8;

    @Option(names = "--max-size", paramLabel = "BYTES",
            description = "Refuse larger responses, compressed or decompressed (default 32 MiB).")
    long maxSize = FetchOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--no-progress", description = "Never show the progress bar (it only shows on a terminal anyway).")
    boolean noProgress;

    @Mixin
    FetchSettings fetch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!analyze && out == null) {
            throw new ParameterException(spec.commandLine(),
                    "say what to do with the pages: --out DIR (save them), --analyze (print their analysis), or both");
        }
        if (parallel < 1 || maxSize <= 0) {
            throw new ParameterException(spec.commandLine(), "--parallel and --max-size must be positive");
        }
        FetchOptions options;
        try {
            options = fetch.options(maxSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> all = new ArrayList<>(urls);
        if (from != null) {
            try {
                all.addAll(urlList(from));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --from " + from + ": " + e.getMessage());
            }
        }
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no URL to fetch: give URLs or --from FILE");
        }
        CorpusSettings settings = CorpusSettings.defaults().withMaxBytes(maxSize).withThreads(parallel).withFetch(options);
        // Without --analyze no analyzer is loaded: saving pages needs neither the knowledge base nor the model.
        Analyzer analyzer = analyze ? Analyzer.standard(Home.knowledgeBase(kb)) : null;
        AnalysisJson json = analyze ? AnalysisJson.of(analyzer, format == AnalyzeCommand.Format.pretty, tokens) : null;
        Function<Document, String> render = analyze ? json::write : null;
        BufferedWriter stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        ResultLines lines = new ResultLines(stdout, System.err, analyze && format == AnalyzeCommand.Format.json);
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings);
             Progress progress = Progress.start("fetch", !noProgress)) {
            CorpusSummary summary = runner.fetch(all, out, render, progress, lines);
            lines.finish();
            return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("veille: cannot write output: " + e.getMessage());
            return Main.SOME_FAILED;
        }
    }

    /** The URLs of a list file: one a line, blank lines and {@code #} comments skipped. */
    private static List<String> urlList(String file) throws IOException {
        List<String> lines = file.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
                : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }
}

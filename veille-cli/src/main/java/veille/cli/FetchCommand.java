package veille.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
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
import veille.fetch.FetchException;
import veille.fetch.FetchOptions;
import veille.fetch.FetchResult;
import veille.fetch.Fetcher;
import veille.fetch.SafeFileNames;
import veille.io.InputException;
import veille.io.InputReader;
import veille.output.AnalysisJson;
import veille.source.FeedItemReader;
import veille.source.Origin;
import veille.source.Payload;
import veille.source.SourceItem;
import veille.source.SourceKind;
import veille.source.SourceSniffer;

/**
 * {@code veille fetch}: fetches pages politely (robots.txt, one request per host per interval, timeouts, size
 * limits), then saves them ({@code --out DIR}, with a JSON Lines manifest) and/or analyses them ({@code --analyze},
 * the JSON Lines of {@code analyze}). A feed URL gives its entries' pages.
 *
 * <p>Each URL that cannot be fetched gets one line on stderr ({@code veille: URL: reason}); the others go on; the exit
 * status is then 2.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch pages (and the entries of feeds) politely, then save them (--out) and/or analyse them (--analyze).",
                "robots.txt is obeyed; each host gets at most one request per --rate; URLs that fail get one line on stderr and the exit status 2."})
final class FetchCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();

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

    /** What one fetched URL (or feed entry) gave: a JSON row, an error or a note, and its manifest line. */
    record Outcome(String source, String json, String error, String note, String manifest) {
    }

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
        Path dir = out == null ? null : out.toAbsolutePath().normalize();
        Analyzer analyzer = analyze ? Analyzer.standard(Home.knowledgeBase(kb)) : null;
        AnalysisJson json = analyze ? AnalysisJson.of(analyzer, format == AnalyzeCommand.Format.pretty, tokens) : null;
        AtomicInteger failed = new AtomicInteger();
        PrintStream err = System.err;
        BufferedWriter stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        boolean[] first = {true};
        try (Fetcher fetcher = new Fetcher(options);
             UnitAnalyzer analyses = analyze ? new UnitAnalyzer(analyzer, new InputReader(maxSize), null, options) : null;
             Writer manifest = dir == null ? null : openManifest(dir);
             Progress progress = Progress.start("fetch", !noProgress, all.size())) {
            if (analyze && format == AnalyzeCommand.Format.json) {
                stdout.write("[\n");
            }
            Worker worker = new Worker(fetcher, analyses, json, dir, maxSize, progress);
            Batch.run(all.iterator(), parallel, worker::fetchOne, outcomes -> {
                try {
                    for (Outcome o : outcomes) {
                        if (o.manifest() != null) {
                            manifest.write(o.manifest());
                            manifest.write('\n');
                        }
                        if (o.json() != null) {
                            if (format == AnalyzeCommand.Format.json && !first[0]) {
                                stdout.write(",\n");
                            }
                            first[0] = false;
                            stdout.write(o.json());
                            stdout.write('\n');
                        } else if (o.error() != null) {
                            failed.incrementAndGet();
                            stdout.flush();
                            err.println("veille: " + o.source() + ": " + o.error());
                        } else if (o.note() != null) {
                            stdout.flush();
                            err.println("veille: note: " + o.source() + ": " + o.note());
                        }
                    }
                    if (manifest != null) {
                        manifest.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.step();
            });
            if (analyze && format == AnalyzeCommand.Format.json) {
                stdout.write("]\n");
            }
            stdout.flush();
        } catch (IOException | UncheckedIOException e) {
            err.println("veille: cannot write output: " + e.getMessage());
            return Main.SOME_FAILED;
        }
        return failed.get() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** Fetches, saves and analyses; each method returns outcomes and never throws, so one URL cannot stop the batch. */
    private record Worker(Fetcher fetcher, UnitAnalyzer analyses, AnalysisJson json, Path dir, long maxSize,
                          Progress progress) {
        List<Outcome> fetchOne(String url) {
            try {
                return fetchUrl(url);
            } catch (RuntimeException | StackOverflowError e) {
                return List.of(new Outcome(url, null, "internal error: " + e + " (please report it with the URL)", null, null));
            }
        }

        private List<Outcome> fetchUrl(String url) {
            FetchResult page;
            try {
                page = fetcher.fetch(url);
            } catch (FetchException e) {
                return List.of(new Outcome(url, null, e.getMessage(), null, manifestLine(url, null, e)));
            }
            byte[] head = Arrays.copyOf(page.body(), Math.min(page.body().length, SourceSniffer.HEAD_BYTES));
            if (SourceSniffer.byContent(head) == SourceKind.FEED) {
                return feed(url, page);
            }
            Saved saved = save(url, page);
            if (analyses == null || saved.error() != null) {
                return List.of(new Outcome(url, null, saved.error(), null, saved.manifest()));
            }
            SourceItem item = new SourceItem(url, new Payload.Bytes(page.body(), page.charset(), page.format()),
                    new Origin("fetch", null, url, SourceItem.capture(page), null));
            return List.of(analysed(item, saved.manifest()));
        }

        /** A feed: its entries' pages, fetched one after the other (they mostly share the feed's host anyway). */
        private List<Outcome> feed(String url, FetchResult page) {
            List<Outcome> outcomes = new ArrayList<>();
            Saved saved = save(url, page);
            outcomes.add(new Outcome(url, null, saved.error(), null, saved.manifest()));
            try (FeedItemReader entries = FeedItemReader.open(new ByteArrayInputStream(page.body()),
                    page.finalUri().toString(), page.charset(), maxSize, FeedItemReader.LinkPolicy.ALWAYS)) {
                SourceItem entry;
                while ((entry = entries.next()) != null) {
                    progress.grow(1);
                    outcomes.add(entry(entry));
                    progress.step();
                }
            } catch (InputException e) {
                outcomes.add(new Outcome(url, null, e.getMessage(), null, null));
            } catch (RuntimeException | StackOverflowError e) {
                outcomes.add(new Outcome(url, null, "internal error while reading the feed: " + e
                        + " (please report it with the URL)", null, null));
            }
            return outcomes;
        }

        private Outcome entry(SourceItem entry) {
            if (!(entry.payload() instanceof Payload.Link link)) {
                if (analyses == null) {
                    return new Outcome(entry.source(), null, null, "the feed entry has no link: nothing to save", null);
                }
                return analysed(entry, null);
            }
            FetchResult page;
            try {
                page = fetcher.fetch(link.uri());
            } catch (FetchException e) {
                return new Outcome(entry.source(), null, e.getMessage(), null, manifestLine(link.uri().toString(), null, e));
            }
            Saved saved = save(link.uri().toString(), page);
            if (saved.error() != null || analyses == null) {
                return new Outcome(entry.source(), null, saved.error(), null, saved.manifest());
            }
            return analysed(entry.withFetched(page), saved.manifest());
        }

        private Outcome analysed(SourceItem item, String manifest) {
            UnitAnalyzer.Outcome o = analyses.analyze(item);
            AnalyzeCommand.Result r = AnalyzeCommand.result(o, json);
            return new Outcome(item.source(), r.json(), r.error(), null, manifest);
        }

        private record Saved(String manifest, String error) {
        }

        /** Saves the page when there is an output folder; its manifest line either way. */
        private Saved save(String url, FetchResult page) {
            if (dir == null) {
                return new Saved(null, null);
            }
            String name = SafeFileNames.forUrl(page.finalUri(), page.contentType());
            Path target = dir.resolve(name).normalize();
            if (!target.startsWith(dir)) {
                // Cannot happen with SafeFileNames; checked anyway, since this is where a hostile URL would bite.
                return new Saved(null, "refused to save outside " + dir + ": " + name);
            }
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, page.body());
            } catch (IOException e) {
                return new Saved(manifestLine(url, page, null), "cannot save " + target + ": " + e.getMessage());
            }
            return new Saved(manifestLine(url, page, dir.relativize(target).toString()), null);
        }

        private String manifestLine(String url, FetchResult page, Object fileOrError) {
            return dir == null ? null : FetchCommand.manifestLine(url, page, fileOrError);
        }
    }

    /**
     * One line of {@code manifest.jsonl}, always with the same keys: {@code url, final_url, status, content_type,
     * charset, bytes, fetched_at, file, error}; null where a failed fetch has no value ({@code error} is null when the
     * page was fetched).
     */
    static String manifestLine(String url, FetchResult page, Object fileOrError) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("url", url);
            FetchException failure = fileOrError instanceof FetchException e ? e : null;
            if (page != null) {
                g.writeStringField("final_url", page.finalUri().toString());
                g.writeNumberField("status", page.status());
                g.writeStringField("content_type", page.contentType());
                g.writeStringField("charset", page.charset());
                g.writeNumberField("bytes", page.body().length);
                g.writeStringField("fetched_at", page.fetchedAt().toString());
            } else {
                g.writeStringField("final_url", failure == null ? null : failure.finalUrl());
                if (failure != null && failure.status() > 0) {
                    g.writeNumberField("status", failure.status());
                } else {
                    g.writeNullField("status");
                }
                g.writeNullField("content_type");
                g.writeNullField("charset");
                g.writeNullField("bytes");
                g.writeStringField("fetched_at", java.time.Instant.now().toString());
            }
            g.writeStringField("file", fileOrError instanceof String file ? file : null);
            g.writeStringField("error", failure == null ? null : failure.getMessage());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static Writer openManifest(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.newBufferedWriter(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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

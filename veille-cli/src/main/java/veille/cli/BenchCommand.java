package veille.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.Analyzer;
import veille.bench.LongDocumentBench;
import veille.corpus.Batch;
import veille.corpus.InputFiles;
import veille.doc.Document;
import veille.doc.Input;
import veille.io.InputException;
import veille.io.InputReader;
import veille.pipeline.StageTimes;

/**
 * {@code veille bench analyze}: throughput and peak memory of the analysis pipeline over a corpus repeated to at
 * least N articles, on all cores, after a warm-up. Reads the files once, so disk speed is not measured.
 *
 * <p>{@code veille bench extract [DIR]}: HTML article extraction on the ScrapingHub benchmark, Veille beside the Java
 * peers, with the benchmark's own metric ({@link ExtractBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks:",
                "  'bench analyze [DIR...]' reports articles/s and peak heap of the pipeline;",
                "  'bench load' reports the start-up cost;",
                "  'bench long [FILE|DIR...]' compares one long document with the same text split into articles "
                        + "(CPU-s per MB at --sizes; run it with VEILLE_JAVA_OPTS=-Xmx512m);",
                "  'bench extract [DIR]' scores HTML article extraction on the ScrapingHub benchmark (default "
                        + "../shared/data/extraction/scrapinghub) for Veille, Readability4J and boilerpipe, with pages/s,",
                "  then trafilatura's evaluation pages by its snippet method (--snippets);",
                "  'bench store [DIR]' builds a store of --articles (default 100,000) articles derived from real texts",
                "  (DIR, default ../shared/data/winer-fr) and measures ingest, search and profiles over HTTP, size, heap;",
                "  'bench ui --store DIR' times the web UI in headless Chromium (Navigation/User/Resource Timing): the search",
                "  page's first results (target 500 ms) and entity pages (target 800 ms), over --pages of each;",
                "  'bench talking-points [DIR...]' times talking-point discovery over --articles synthetic articles made "
                        + "from real sentences (default ../shared/data/winer-fr), full run and 1,000 added, with peak heap."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT",
            description = "analyze (throughput), load (start-up cost), long (one long document against the same text "
                    + "split) or extract (HTML extraction quality and speed)")
    String what;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "DIR",
            description = "analyze: corpus folders (default: the bundled samples and ../shared/seeds); "
                    + "long: article files, folders or @LIST files (default: ../shared/seeds and a month of WiNER-fr); "
                    + "extract: the benchmark folder.")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--runs", description = "extract: timed rounds after the warm-up; in each, every tool makes one "
            + "pass over the set in turn. Default: ${DEFAULT-VALUE}.")
    int runs = 3;

    @Option(names = "--peers", split = ",", paramLabel = "NAME",
            description = "extract: peers to compare, 'none' for Veille alone; also veille-whole-parse (no cut of "
                    + "unread scripts) and veille-tracked-parse (jsoup's position tracking), Veille parsing otherwise. "
                    + "Default: readability4j,boilerpipe.")
    List<String> peers = List.of("readability4j", "boilerpipe");

    @Option(names = "--snippets", paramLabel = "DIR",
            description = "extract: also score trafilatura's evaluation pages (evaldata.json, html/) with its snippet "
                    + "method, all pages and French ones, for Veille and the peers; 'none' to skip. Default: "
                    + "../shared/data/extraction/trafilatura-dev when present.")
    String snippets;

    @Option(names = "--worst", paramLabel = "N", description = "extract: also list Veille's N worst pages.")
    int worst;

    @Option(names = "--page", paramLabel = "ID",
            description = "extract: explain one page (id prefix): every block with its kind, reason and DOM path.")
    String page;

    @Option(names = "--articles", description = "Articles to analyse (the corpus is cycled). Default: ${DEFAULT-VALUE}.")
    int articles = 5000;

    @Option(names = "--threads", description = "Worker threads. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stages", split = ",", paramLabel = "NAME",
            description = "Only these stages after extraction (e.g. language,tokenize for the foundation; "
                    + "language,tokenize,syntax for the optional syntax stage). Default: the standard pipeline.")
    List<String> stages;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND",
            description = "analyze: how each file is read, as analyze's --input: text (copied page text), plain "
                    + "(already-clean text), html or auto (sniffed: page text for .txt files). Default: ${DEFAULT-VALUE}.")
    AnalyzeCommand.InputKind input;

    @Option(names = "--sizes", split = ",", paramLabel = "MB",
            description = "long: text sizes in MB. Default: 1,5,20.")
    List<Integer> sizes = List.of(1, 5, 20);

    @Option(names = "--mode", paramLabel = "SIDE",
            description = "long: both, single (the one long document only) or split. Default: ${DEFAULT-VALUE}.")
    String mode = "both";

    @Option(names = "--run-on", paramLabel = "MB",
            description = "long: analyse one run-on sentence of MB megabytes instead.")
    Integer runOn;

    @Option(names = "--base", description = "store: real texts analysed to derive the corpus from. Default: ${DEFAULT-VALUE}.")
    int base = 500;

    @Option(names = "--clients", description = "store: concurrent HTTP clients. Default: ${DEFAULT-VALUE}.")
    int clients = 8;

    @Option(names = "--requests", description = "store: requests per client and endpoint. Default: ${DEFAULT-VALUE}.")
    int requests = 200;

    @Option(names = "--store", paramLabel = "DIR", description = "store: build the store there (emptied first) and keep it; ui: the store to serve and measure.")
    Path storeDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--pages", description = "ui: search pages and entity pages measured. Default: ${DEFAULT-VALUE}.")
    int pages = 30;

    @Option(names = "--warmup", description = "Articles (extract: pages, in whole passes) analysed before measuring. "
            + "Default: ${DEFAULT-VALUE}.")
    int warmup = 2000;

    private int store() throws Exception {
        Path dir;
        if (!dirs.isEmpty()) {
            dir = Path.of(dirs.get(0));
        } else if (Home.shared() != null) {
            dir = Home.shared().resolve("data/winer-fr");
        } else {
            System.err.println("veille: bench store needs a folder of real texts (default ../shared/data/winer-fr)");
            return Main.USAGE;
        }
        int n = spec.commandLine().getParseResult().hasMatchedOption("--articles") ? articles : 100_000;
        return new veille.bench.StoreBench(dir, n, base, Math.max(1, clients), Math.max(1, requests),
                Math.max(1, threads), storeDir, new java.io.PrintStream(System.out, true,
                java.nio.charset.StandardCharsets.UTF_8)).run();
    }

    @Override
    public Integer call() throws Exception {
        if (what.equals("load")) {
            return load();
        }
        if (what.equals("extract")) {
            Path dir;
            if (!dirs.isEmpty()) {
                dir = Path.of(dirs.get(0));
            } else if (Home.shared() != null) {
                dir = Home.shared().resolve("data/extraction/scrapinghub");
            } else {
                System.err.println("veille: bench extract needs the benchmark folder (../shared/data/extraction/scrapinghub)");
                return Main.USAGE;
            }
            Path snippetDir = snippets != null ? (snippets.equals("none") ? null : Path.of(snippets))
                    : Home.shared() != null ? Home.shared().resolve("data/extraction/trafilatura-dev") : null;
            if (snippetDir != null && !Files.isRegularFile(snippetDir.resolve("evaldata.json"))) {
                if (snippets != null) {
                    System.err.println("veille: " + snippetDir + ": no evaldata.json (trafilatura's evaluation set)");
                    return Main.USAGE;
                }
                snippetDir = null;
            }
            return new ExtractBench(dir, Math.max(1, runs), warmup, peers.contains("none") ? List.of() : peers, worst,
                    page, snippetDir).run();
        }
        if (what.equals("long")) {
            return longDocument();
        }
        if (what.equals("store")) {
            return store();
        }
        if (what.equals("ui")) {
            if (storeDir == null) {
                System.err.println("veille: bench ui needs --store DIR (a store such as 'bench store --store DIR' builds)");
                return Main.USAGE;
            }
            return new veille.bench.UiBench(storeDir, Math.max(1, pages), new java.io.PrintStream(System.out, true,
                    java.nio.charset.StandardCharsets.UTF_8)).run();
        }
        if (what.equals("talking-points")) {
            List<Path> sources = dirs.stream().map(Path::of).toList();
            if (sources.isEmpty()) {
                if (Home.shared() == null) {
                    System.err.println("veille: bench talking-points needs base texts (default ../shared/data/winer-fr)");
                    return Main.USAGE;
                }
                sources = List.of(Home.shared().resolve("data/winer-fr"));
            }
            veille.bench.TalkingPointBench.run(sources, articles, 1000);
            return Main.OK;
        }
        if (!what.equals("analyze")) {
            System.err.println("veille: unknown benchmark '" + what + "'. Known: analyze, load, long, extract, store, ui, talking-points");
            return Main.USAGE;
        }
        if (input == AnalyzeCommand.InputKind.feed || input == AnalyzeCommand.InputKind.warc) {
            System.err.println("veille: bench analyze reads one article per file: --input text, plain, html or auto");
            return Main.USAGE;
        }
        List<String> folders = new ArrayList<>(dirs);
        if (folders.isEmpty()) {
            folders.add(Home.samples().toString());
            Path shared = Home.shared();
            if (shared != null) {
                folders.add(shared.resolve("seeds").toString());
            }
        }
        InputReader reader = InputReader.withDefaults();
        List<Input> corpus = new ArrayList<>();
        long chars = 0;
        for (InputFiles.Item item : InputFiles.expand(folders)) {
            try {
                Input in = reader.read(item.path(), item.source(), input.kind().format());
                corpus.add(in);
                chars += in.content().length();
            } catch (InputException e) {
                System.err.println("veille: " + item.source() + ": " + e.getMessage());
            }
        }
        if (corpus.isEmpty()) {
            System.err.println("veille: no readable articles in " + folders);
            return Main.SOME_FAILED;
        }
        veille.kb.KnowledgeBase kb = Files.isDirectory(Home.samplesKb())
                ? veille.kb.KnowledgeBase.withFolder(Home.samplesKb()) : veille.kb.KnowledgeBase.builtIn();
        Analyzer analyzer = stages == null ? Analyzer.standard(kb)
                : Analyzer.withStages(kb, veille.Stages.named(stages));
        System.out.printf("corpus: %d distinct articles (%.1f KiB on average) from %s%n", corpus.size(),
                chars / 1024.0 / corpus.size(), folders);
        System.out.printf("stages: extract(%s) + %s; threads: %d%n", input, analyzer.stageNames(), threads);
        StageTimes times = new StageTimes();
        run(analyzer, corpus, warmup, times);
        times.reset();
        tokens.reset();
        resetPeaks();
        long t0 = System.nanoTime();
        long outChars = run(analyzer, corpus, articles, times);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("analyze: %d articles in %.2f s = %.0f articles/s (%.1f MB/s of input, %.0f tokens/s)%n",
                articles, secs, articles / secs, outChars / secs / 1e6, tokens.sum() / secs);
        long total = times.totals().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder line = new StringBuilder("time by stage (CPU time over all threads):");
        times.totals().forEach((stage, ns) -> line.append(String.format(java.util.Locale.ROOT,
                " %s %.1f%% (%.0f tokens/s on one core)", stage, 100.0 * ns / total, tokens.sum() / (ns / 1e9))));
        System.out.println(line);
        System.out.printf("peak heap used: %.0f MiB (max heap %.0f MiB)%n", peakHeap() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        return Main.OK;
    }

    /** One long document against the same text split into articles ({@link LongDocumentBench}). */
    private int longDocument() throws java.io.IOException {
        if (runOn != null) {
            LongDocumentBench.runOn(runOn);
            return Main.OK;
        }
        if (!List.of("both", "single", "split").contains(mode) || sizes.isEmpty()) {
            System.err.println("veille: bench long takes --mode both, single or split and at least one size");
            return Main.USAGE;
        }
        System.out.printf(java.util.Locale.ROOT, "max heap %.0f MiB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        LongDocumentBench.run(Home.dir(), sizes, mode, dirs);
        return Main.OK;
    }

    /**
     * Start-up cost in this fresh JVM: the built-in knowledge base and the NER model loaded and every stage built,
     * then one short article analysed. Run it as the first thing a JVM does; repeat for a range.
     */
    private int load() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        long untilMain = System.currentTimeMillis() - jvmStart;
        Analyzer analyzer = Analyzer.standard();
        long t1 = System.nanoTime();
        Document d = analyzer.analyze(Input.ofText("bench", "Pékin, 19 septembre (Xinhua) -- Le président chinois"
                + " Xi Jinping a rencontré mardi M. Poutine à Pékin, a annoncé le ministère.\n",
                veille.doc.InputFormat.PLAIN));
        long t2 = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT, "JVM start to main: %d ms%n", untilMain);
        System.out.printf(java.util.Locale.ROOT,
                "knowledge base + NER model loaded, all %d stages built: %d ms (%d cores)%n",
                analyzer.stageNames().size(), (t1 - t0) / 1_000_000, Runtime.getRuntime().availableProcessors());
        System.out.printf(java.util.Locale.ROOT, "first article analysed: %d ms more (%d entities)%n",
                (t2 - t1) / 1_000_000, d.find(veille.doc.Entity.KEY).map(e -> e.all().size()).orElse(0));
        System.out.printf(java.util.Locale.ROOT, "JVM start to first result: %d ms%n",
                System.currentTimeMillis() - jvmStart);
        return Main.OK;
    }

    private final java.util.concurrent.atomic.LongAdder tokens = new java.util.concurrent.atomic.LongAdder();

    private long run(Analyzer analyzer, List<Input> corpus, int n, StageTimes times) {
        List<Integer> idx = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            idx.add(i % corpus.size());
        }
        AtomicLong chars = new AtomicLong();
        Batch.run(idx.iterator(), threads, i -> {
            Document d = analyzer.analyze(corpus.get(i), times);
            tokens.add(d.layer(veille.doc.Token.LAYER).size());
            return (long) d.input().content().length();
        }, chars::addAndGet);
        return chars.get();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

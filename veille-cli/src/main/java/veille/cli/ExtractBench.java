package veille.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import veille.Version;
import veille.doc.Block;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.eval.ScrapingHubSet;
import veille.eval.ShingleScore;
import veille.eval.SnippetScore;
import veille.eval.SnippetSet;
import veille.extract.html.HtmlExtractor;
import veille.io.InputException;

/**
 * {@code veille bench extract [DIR]}: article-body extraction on the ScrapingHub benchmark, scored with the
 * benchmark's own metric ({@link ShingleScore}) for Veille and, in the same run, the Java peers Readability4J and
 * boilerpipe, with pages per second on one thread after a warm-up (whole passes over the set, about as many pages as
 * {@code --warmup} says, so each tool's hot code is compiled before it is timed), then timed in interleaved rounds
 * with Veille's speed as a ratio to each peer's in the same rounds.
 *
 * <p>The peers are never on Veille's class path: their jars (module {@code veille-bench}, built with the rest) are
 * loaded in a class loader whose parent is the platform loader, so Readability4J's jsoup 1.11 and Veille's jsoup stay
 * apart. When they are not built, Veille alone is measured.
 */
final class ExtractBench {
    /** One extractor under test: page URL and HTML in, body text out. */
    private record Tool(String name, BiFunction<ScrapingHubSet.Page, String, String> extract) {
    }

    /** A tool's figures. */
    private record Result(String name, ShingleScore score, List<Double> pagesPerSecond, List<Double> pagesPerCpuSecond,
                          int failures, List<String> bodies) {
    }

    private final Path dir;
    private final int runs;
    private final List<String> peers;
    private final int worst;
    private final String page;
    private final int warmupPages;
    /** trafilatura's evaluation pages, scored by the snippet method after the ScrapingHub set; null to skip. */
    private final Path snippets;

    ExtractBench(Path dir, int runs, int warmupPages, List<String> peers, int worst, String page, Path snippets) {
        this.snippets = snippets;
        this.dir = dir;
        this.warmupPages = warmupPages;
        this.runs = runs;
        this.peers = peers;
        this.worst = worst;
        this.page = page;
    }

    int run() {
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            System.err.println("veille: " + dir + ": no ground-truth.json (expected the ScrapingHub benchmark folder)");
            return Main.USAGE;
        }
        List<ScrapingHubSet.Page> pages;
        try {
            pages = ScrapingHubSet.load(dir);
        } catch (IOException | InputException e) {
            System.err.println("veille: cannot read " + dir + ": " + e.getMessage());
            return Main.SOME_FAILED;
        }
        HtmlExtractor veille = new HtmlExtractor();
        if (page != null) {
            return explain(pages, veille);
        }
        List<Tool> tools = new ArrayList<>();
        tools.add(new Tool("veille " + Version.VERSION, (p, html) -> ScrapingHubSet.body(veille.extract(p.input()))));
        tools.addAll(variants(veille));
        tools.addAll(loadPeers());
        long chars = pages.stream().mapToLong(p -> p.input().content().length()).sum();
        System.out.printf(Locale.ROOT, "ScrapingHub article bodies: %d pages (%.0f KiB of HTML on average), benchmark "
                + "metric (4-token shingles, per-page P/R averaged); one thread, %d timed run(s) after %d warm-up pass(es)%n",
                pages.size(), chars / 1024.0 / pages.size(), runs, warmupPasses(pages.size()));
        System.out.printf("%-22s %6s %6s %6s  %-16s %-16s %-10s %s%n", "extractor", "P", "R", "F1", "pages/s wall",
                "pages/s CPU", "median CPU", "failures");
        List<Result> results = measure(tools, pages);
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f  %-16s %-16s %-10.0f %d%n", r.name(),
                    r.score().precision(), r.score().recall(), r.score().f1(), range(r.pagesPerSecond()),
                    range(r.pagesPerCpuSecond()), median(r.pagesPerCpuSecond()),
                    r.failures());
        }
        for (Result peer : results.subList(1, results.size())) {
            List<Double> ratios = ratios(results.get(0).pagesPerCpuSecond(), peer.pagesPerCpuSecond());
            System.out.printf(Locale.ROOT, "%s ÷ %s, CPU speed in the same rounds: median %.2f, %s%n",
                    results.get(0).name(), peer.name(), median(ratios), rangeOfRatios(ratios));
        }
        if (worst > 0) {
            printWorst(pages, results.get(0));
        }
        if (snippets != null) {
            List<Tool> snippetTools = new ArrayList<>();
            // the whole text, title line included, as `analyze` writes it and score_snippets.py reads it
            snippetTools.add(new Tool(tools.get(0).name(), (p, html) -> veille.extract(p.input()).text()));
            snippetTools.addAll(tools.subList(1 + variants(veille).size(), tools.size()));
            return runSnippets(snippetTools);
        }
        return Main.OK;
    }

    /**
     * trafilatura's evaluation pages with its snippet method ({@link SnippetScore}), all pages and the French ones, and
     * each tool's speed on them (one warm-up pass, then one timed pass, thread CPU time).
     */
    private int runSnippets(List<Tool> tools) {
        List<SnippetSet.Page> set;
        try {
            set = SnippetSet.load(snippets);
        } catch (IOException e) {
            System.err.println("veille: cannot read " + snippets + ": " + e.getMessage());
            return Main.SOME_FAILED;
        }
        List<ScrapingHubSet.Page> pages = new ArrayList<>();
        for (SnippetSet.Page p : set) {
            if (p.input() != null) {
                pages.add(new ScrapingHubSet.Page(p.file(), p.url(), p.input(), ""));
            }
        }
        long french = set.stream().filter(SnippetSet.Page::french).count();
        System.out.printf(Locale.ROOT, "%ntrafilatura evaluation pages (%s): %d pages (%d French, %d unreadable), "
                + "snippet method (with/without passages, micro-averaged); one thread, one timed pass%n",
                snippets.getFileName(), set.size(), french, set.size() - pages.size());
        System.out.printf("%-22s %6s %6s %6s  %6s %6s %6s  %s%n", "extractor", "P", "R", "F1", "fr P", "fr R", "fr F1",
                "pages/s CPU");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Tool t : tools) {
            int[] failed = {0};
            pass(t, pages, failed);
            long c0 = mx.getCurrentThreadCpuTime();
            List<String> texts = pass(t, pages, failed);
            double rate = pages.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
            SnippetScore score = new SnippetScore();
            int k = 0;
            for (SnippetSet.Page p : set) {
                score.add(p, p.input() != null ? texts.get(k++) : "");
            }
            SnippetScore.Tally a = score.all();
            SnippetScore.Tally f = score.french();
            System.out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %.0f%n", t.name(),
                    a.precision(), a.recall(), a.f1(), f.precision(), f.recall(), f.f1(), rate);
        }
        return Main.OK;
    }

    /** "212" or "198–231": the range of a figure over the timed runs. */
    private static String range(List<Double> xs) {
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Math.round(min) == Math.round(max) ? String.format(Locale.ROOT, "%.0f", min)
                : String.format(Locale.ROOT, "%.0f–%.0f", min, max);
    }

    /** The median of the timed runs' figures: one slow moment of a shared machine does not move it. */
    static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Whole passes covering about {@code warmupPages} pages, at least one. */
    private int warmupPasses(int pages) {
        return Math.max(1, (int) Math.ceil(warmupPages / (double) Math.max(1, pages)));
    }

    /** Per-round ratios {@code a[r] / b[r]}: two tools timed in the same round met the same machine. */
    static List<Double> ratios(List<Double> a, List<Double> b) {
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < Math.min(a.size(), b.size()); r++) {
            out.add(a.get(r) / b.get(r));
        }
        return out;
    }

    private static String rangeOfRatios(List<Double> xs) {
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format(Locale.ROOT, "%.2f–%.2f over %d round(s)", min, max, xs.size());
    }

    /**
     * Each tool's warm-up passes, then {@code runs} rounds in which every tool makes one timed pass in turn; the first
     * timed pass's output is scored. Interleaving the rounds makes the tools share the machine's slow and fast moments
     * (a shared VM drifts by a third from minute to minute), so their ratio holds where their absolute speeds do not.
     * Speed is given by the wall clock and by the thread's CPU time, which other processes disturb less.
     */
    private List<Result> measure(List<Tool> tools, List<ScrapingHubSet.Page> pages) {
        for (Tool t : tools) {
            int[] ignored = {0};
            for (int w = warmupPasses(pages.size()); w > 0; w--) {
                pass(t, pages, ignored);
            }
        }
        int n = tools.size();
        int[] failures = new int[n];
        List<List<Double>> rates = new ArrayList<>();
        List<List<Double>> cpuRates = new ArrayList<>();
        List<List<String>> bodies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rates.add(new ArrayList<>());
            cpuRates.add(new ArrayList<>());
            bodies.add(null);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < n; i++) {
                int[] failed = {0};
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<String> out = pass(tools.get(i), pages, failed);
                rates.get(i).add(pages.size() / ((System.nanoTime() - t0) / 1e9));
                cpuRates.get(i).add(pages.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9));
                if (r == 0) {
                    bodies.set(i, out);
                    failures[i] = failed[0];
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ShingleScore score = new ShingleScore();
            for (int p = 0; p < pages.size(); p++) {
                score.add(pages.get(p).truth(), bodies.get(i).get(p));
            }
            results.add(new Result(tools.get(i).name(), score, rates.get(i), cpuRates.get(i), failures[i],
                    bodies.get(i)));
        }
        return results;
    }

    /** Every page once; a page the tool fails on counts as an empty body and a failure. */
    private static List<String> pass(Tool t, List<ScrapingHubSet.Page> pages, int[] failures) {
        List<String> out = new ArrayList<>(pages.size());
        for (ScrapingHubSet.Page p : pages) {
            String body;
            try {
                body = t.extract().apply(p, p.input().content());
            } catch (RuntimeException | StackOverflowError e) {
                failures[0]++;
                body = "";
            }
            out.add(body);
        }
        return out;
    }

    private void printWorst(List<ScrapingHubSet.Page> pages, Result veille) {
        record Row(double f1, double p, double r, ScrapingHubSet.Page page) {
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            double[] x = ShingleScore.page(pages.get(i).truth(), veille.bodies().get(i));
            double p = x[0] + x[1] == 0 ? 0 : x[0] / (x[0] + x[1]);
            double r = x[0] + x[2] == 0 ? 0 : x[0] / (x[0] + x[2]);
            rows.add(new Row(ShingleScore.pageF1(pages.get(i).truth(), veille.bodies().get(i)), p, r, pages.get(i)));
        }
        rows.sort(Comparator.comparingDouble(Row::f1));
        System.out.println("\nworst pages for " + veille.name() + " (explain one with --page ID):");
        for (Row r : rows.subList(0, Math.min(worst, rows.size()))) {
            System.out.printf(Locale.ROOT, "  F1 %.3f  P %.2f  R %.2f  %.8s  %s%n", r.f1(), r.p(), r.r(), r.page().id(),
                    r.page().url());
        }
    }

    /** One page's blocks with their kinds, reasons and paths, then the true body, for reading by eye. */
    private int explain(List<ScrapingHubSet.Page> pages, HtmlExtractor veille) {
        for (ScrapingHubSet.Page p : pages) {
            if (!p.id().startsWith(page)) {
                continue;
            }
            Document d = veille.extract(p.input());
            System.out.println(p.id() + "  " + p.url());
            veille.containers(p.input()).forEach(c -> System.out.println("container " + c));
            for (Block b : d.expect(Blocks.KEY).all()) {
                String t = b.kind().inText() ? d.text().substring(b.start(), b.end())
                        : org.jsoup.parser.Parser.unescapeEntities(b.textIn(d.input()).replaceAll("<[^>]*>", " "), false)
                                .replaceAll("\\s+", " ").strip();
                System.out.printf(Locale.ROOT, "%5d %-11s %-44.44s %-60.60s | %.120s%n", b.line(), b.kind().id(),
                        b.reason(), b.path(), t);
            }
            System.out.printf(Locale.ROOT, "page F1 %.3f%nTRUTH: %s%n",
                    ShingleScore.pageF1(p.truth(), ScrapingHubSet.body(d)), p.truth());
            return Main.OK;
        }
        System.err.println("veille: no page whose id starts with '" + page + "'");
        return Main.USAGE;
    }

    /** The peers named in {@code peers} from veille-bench's jars, each in the one isolated class loader. */
    /**
     * Veille itself parsing differently, for the docs' ablations: {@code veille-whole-parse} parses every script and
     * style body (no {@code UnreadScripts} cut), {@code veille-tracked-parse} uses jsoup's position tracking instead of
     * aligning text with the source. Same output, other costs.
     */
    private List<Tool> variants(HtmlExtractor veille) {
        List<Tool> out = new ArrayList<>();
        for (String name : peers) {
            switch (name) {
                case VARIANT_WHOLE -> out.add(new Tool(name, (p, html) -> ScrapingHubSet.body(
                        veille.extract(p.input(), HtmlExtractor.parseWhole(html)))));
                case VARIANT_TRACKED -> out.add(new Tool(name, (p, html) -> ScrapingHubSet.body(
                        veille.extract(p.input(), HtmlExtractor.parse(html)))));
                default -> {
                }
            }
        }
        return out;
    }

    private static final String VARIANT_WHOLE = "veille-whole-parse";
    private static final String VARIANT_TRACKED = "veille-tracked-parse";

    private List<Tool> loadPeers() {
        List<Tool> out = new ArrayList<>();
        List<String> peers = this.peers.stream().filter(n -> !n.equals(VARIANT_WHOLE) && !n.equals(VARIANT_TRACKED))
                .toList();
        if (peers.isEmpty()) {
            return out;
        }
        Path target = Home.dir().resolve("veille-bench").resolve("target");
        Path jar = target.resolve("veille-bench.jar");
        Path lib = target.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            System.err.println("veille: the peer extractors are not built (" + jar + "); measuring Veille alone. "
                    + "Build them with: mvn -pl veille-bench -am package -DskipTests");
            return out;
        }
        ClassLoader loader;
        try (Stream<Path> jars = Files.list(lib)) {
            List<URL> urls = new ArrayList<>();
            urls.add(jar.toUri().toURL());
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
            // Parent = platform loader: the peers see the JDK and their own jars, never Veille's jsoup.
            loader = new URLClassLoader("veille-bench-peers", urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader());
        } catch (IOException e) {
            System.err.println("veille: cannot read " + lib + ": " + e.getMessage());
            return out;
        }
        for (String name : peers) {
            String cls = switch (name) {
                case "readability4j" -> "veille.bench.peers.Readability4jPeer";
                case "boilerpipe" -> "veille.bench.peers.BoilerpipePeer";
                default -> null;
            };
            if (cls == null) {
                System.err.println("veille: unknown peer '" + name + "'. Known: readability4j, boilerpipe, "
                        + VARIANT_WHOLE + ", " + VARIANT_TRACKED);
                continue;
            }
            try {
                @SuppressWarnings("unchecked")
                BiFunction<String, String, String> f = (BiFunction<String, String, String>) loader.loadClass(cls)
                        .getDeclaredConstructor().newInstance();
                out.add(new Tool(name, (p, html) -> f.apply(p.url(), html)));
            } catch (ReflectiveOperationException | LinkageError e) {
                System.err.println("veille: cannot load peer " + name + ": " + e);
            }
        }
        return out;
    }
}

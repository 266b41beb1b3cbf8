package veille.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import veille.Analyzer;
import veille.Stages;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.kb.KnowledgeBase;
import veille.pipeline.Stage;

/**
 * Whether one long document costs what the same text costs split into articles: the whole pipeline on plain text
 * built by repeating real articles up to 1, 5, 20 MB, once as a single document and once as separate documents,
 * in CPU seconds per MB (the process's CPU time, so garbage collection and compilation count) with each stage's
 * own CPU time (its thread's).
 *
 * <p>Run with a small heap, so a super-linear memory use shows as an {@code OutOfMemoryError}:
 * <pre>
 * VEILLE_JAVA_OPTS=-Xmx512m bin/veille bench long [--sizes 1,5,20] [--mode single|split] [FILE|DIR|@LIST ...]
 * VEILLE_JAVA_OPTS=-Xmx512m bin/veille bench long --run-on 1     # one run-on sentence of 1 MB instead
 * </pre>
 * Without files it reads {@code ../shared/seeds/*.txt} and {@code ../shared/data/winer-fr/2016/01/*.txt}
 * (relative to the given root). Prints one line per run and the ratio single/split per size.
 */
public final class LongDocumentBench {
    private LongDocumentBench() {
    }

    /** One measured run. */
    record Run(String mode, int mb, int docs, long bytes, double cpuSeconds, double wallSeconds, long peakHeap,
               Map<String, Long> stageNanos) {
        double cpuPerMb() {
            return cpuSeconds / (bytes / 1e6);
        }
    }

    /**
     * Measures each size: the articles split, then joined into one document, unless {@code mode} names one side.
     *
     * @param root the folder {@code ../shared} is resolved against when {@code sources} is empty
     * @return the largest ratio single/split (CPU per MB) over the sizes measured on both sides, or NaN
     */
    public static double run(Path root, List<Integer> sizes, String mode, List<String> sources) throws IOException {
        List<String> articles = articles(root, sources);
        KnowledgeBase kb = KnowledgeBase.builtIn();
        List<Stage> stages = Stages.standard(kb);
        Analyzer analyzer = Analyzer.withStages(kb, stages);
        warmUp(analyzer, articles);
        double worst = Double.NaN;
        for (int mb : sizes) {
            Run split = null;
            Run single = null;
            if (!mode.equals("single")) {
                split = run(analyzer, stages, "split", mb, articles);
                print(split);
            }
            if (!mode.equals("split")) {
                single = run(analyzer, stages, "single", mb, articles);
                print(single);
            }
            if (split != null && single != null) {
                double ratio = single.cpuPerMb() / split.cpuPerMb();
                System.out.printf(Locale.ROOT, "ratio %2d MB: single/split = %.2f%n", mb, ratio);
                worst = Double.isNaN(worst) ? ratio : Math.max(worst, ratio);
            }
        }
        return worst;
    }

    /**
     * One sentence of {@code mb} MB ("Le ministre a dit que ..." repeated, no full stop before the end): whether
     * the pipeline copes with a sentence that long, and at what cost.
     */
    public static void runOn(int mb) {
        StringBuilder b = new StringBuilder();
        while (b.length() < mb * 1_000_000) {
            b.append("Le ministre a dit que ");
        }
        String text = b.append("tout va bien.").toString();
        Analyzer analyzer = Analyzer.standard();
        long cpu0 = processCpuNanos();
        try {
            Document d = analyzer.analyze(Input.ofText("run-on", text, InputFormat.PLAIN));
            System.out.printf(Locale.ROOT, "run-on %d MB: %.1f CPU-s, %d mentions, %d quotes%n", mb,
                    (processCpuNanos() - cpu0) / 1e9, d.layer(veille.doc.EntityMention.LAYER).size(),
                    d.expect(veille.doc.Quote.KEY).all().size());
        } catch (RuntimeException | Error e) {
            System.out.printf(Locale.ROOT, "run-on %d MB: failed after %.1f CPU-s: %s%n", mb,
                    (processCpuNanos() - cpu0) / 1e9, e);
        }
    }

    /** The articles of the given files, folders and {@code @list} files, each a non-blank text. */
    static List<String> articles(Path root, List<String> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        if (sources.isEmpty()) {
            sources = List.of(root.resolve("../shared/seeds").toString(),
                    root.resolve("../shared/data/winer-fr/2016/01").toString());
        }
        for (String s : sources) {
            if (s.startsWith("@")) {
                for (String line : Files.readAllLines(Path.of(s.substring(1)))) {
                    if (!line.isBlank()) {
                        files.add(Path.of(line.strip()));
                    }
                }
            } else if (Files.isDirectory(Path.of(s))) {
                try (Stream<Path> in = Files.list(Path.of(s))) {
                    in.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(Path.of(s));
            }
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            String t = Files.readString(f, StandardCharsets.UTF_8).strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("No article text in " + sources);
        }
        return out;
    }

    /** The articles repeated in order until their UTF-8 size reaches {@code mb} MB. */
    static List<String> repeated(List<String> articles, int mb) {
        long target = mb * 1_000_000L;
        List<String> out = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < target; i++) {
            String a = articles.get(i % articles.size());
            out.add(a);
            bytes += a.getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return out;
    }

    /** About 1 MB of articles and one 200 kB document, so that both sides run compiled code. */
    private static void warmUp(Analyzer analyzer, List<String> articles) {
        List<String> parts = repeated(articles, 1);
        for (String a : parts) {
            analyzer.analyze(Input.ofText("warm-up", a, InputFormat.PLAIN));
        }
        analyzer.analyze(Input.ofText("warm-up", String.join("\n\n", parts.subList(0, parts.size() / 5)),
                InputFormat.PLAIN));
    }

    /** Analyses the repeated articles as one document ("single") or one document each ("split"). */
    static Run run(Analyzer analyzer, List<Stage> stages, String mode, int mb, List<String> articles) {
        List<String> parts = repeated(articles, mb);
        List<String> docs = mode.equals("single") ? List.of(String.join("\n\n", parts)) : parts;
        long bytes = 0;
        for (String d : docs) {
            bytes += d.getBytes(StandardCharsets.UTF_8).length;
        }
        System.gc();
        resetPeaks();
        Map<String, Long> times = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        int n = 0;
        for (String d : docs) {
            // Stage by stage, to charge each its own thread CPU time (garbage collection is only in the total).
            long t0 = threads.getCurrentThreadCpuTime();
            Document doc = analyzer.extract(Input.ofText("doc-" + n++, d, InputFormat.PLAIN));
            times.merge("extract", threads.getCurrentThreadCpuTime() - t0, Long::sum);
            for (Stage stage : stages) {
                t0 = threads.getCurrentThreadCpuTime();
                doc = stage.apply(doc);
                times.merge(stage.name(), threads.getCurrentThreadCpuTime() - t0, Long::sum);
            }
            if (doc.text().length() != d.length()) {
                throw new IllegalStateException("text changed");
            }
        }
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        return new Run(mode, mb, docs.size(), bytes, cpu, wall, peakHeap(), times);
    }

    private static void print(Run r) {
        StringBuilder stages = new StringBuilder();
        r.stageNanos().forEach((k, v) -> stages.append(String.format(Locale.ROOT, " %s=%.2f", k, v / 1e9 / (r.bytes() / 1e6))));
        System.out.printf(Locale.ROOT, "%-6s %2d MB: %5d docs, %9d bytes, %7.1f CPU-s, %6.1f wall-s, %5.2f CPU-s/MB,"
                        + " heap pools' peaks %4d MB; CPU-s/MB by stage:%s%n", r.mode(), r.mb(), r.docs(), r.bytes(),
                r.cpuSeconds(), r.wallSeconds(), r.cpuPerMb(), r.peakHeap() >> 20, stages);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
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

package veille.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.Analyzer;
import veille.kb.KnowledgeBase;
import veille.store.CorpusStore;
import veille.store.StoreTalkingPoints;
import veille.talk.Article;
import veille.talk.Articles;
import veille.talk.Cluster;
import veille.talk.ClusterJson;
import veille.talk.DiscoverySettings;
import veille.talk.TalkingPoints;

/**
 * {@code veille talking-points}: passages and formulas that travel across outlets, with who carried them first
 * and how they spread, over the corpus store (the default) or over inputs analysed on the spot, or read as
 * {@code veille analyze} JSON Lines when named {@code *.jsonl}.
 */
@Command(name = "talking-points", mixinStandardHelpOptions = true,
        description = {"Find reused passages and recurring phrasings across articles, with outlets, first seen and spread.",
                "Example: bin/veille talking-points --store my-store --from 2024-01-01 --format jsonl",
                "         bin/veille talking-points --min-outlets 3 corpus/",
                "         bin/veille analyze corpus/ > a.jsonl && bin/veille talking-points --format jsonl a.jsonl"})
final class TalkingPointsCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files, directories (recursive), - for stdin, or *.jsonl rows of veille analyze. "
                    + "None: the articles of the store.")
    List<String> files = List.of();

    @Option(names = "--store", paramLabel = "DIR",
            description = "Read the articles of this corpus store (bin/veille ingest). Default, when no INPUT is "
                    + "given: the per-user store.")
    Path store;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE (YYYY-MM-DD).")
    String to;

    @Option(names = "--min-outlets", paramLabel = "N", description = "Fewest outlets of a cluster (passages: at least 2, phrases: at least 3). Default: 2.")
    int minOutlets = 2;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND", description = "auto, text, html, plain, feed, warc.")
    AnalyzeCommand.InputKind input;

    @Option(names = "--kb", paramLabel = "DIR", description = "Extra knowledge-base tables (talking-points*.tsv: a catalogue).")
    Path kb;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or jsonl.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        KnowledgeBase knowledge = Home.knowledgeBase(kb);
        List<Article> articles = new ArrayList<>();
        List<String> toAnalyse = new ArrayList<>();
        long failed = 0;
        if (store != null && !files.isEmpty()) {
            System.err.println("veille: talking-points reads either a store (--store) or INPUT files, not both");
            return Main.USAGE;
        }
        if (files.isEmpty()) {
            Path dir = store != null ? store : CorpusStore.defaultDir();
            if (!Files.isDirectory(dir)) {
                System.err.println("veille: no store at " + dir + " (bin/veille ingest --store DIR INPUT... makes one)");
                return Main.USAGE;
            }
            // The store keeps discovery's state in DIR/talking-points: a run adds the articles stored since the
            // last one (streamed from the store, not held), and a period cuts the clusters to its members.
            List<Cluster> clusters = new ArrayList<>();
            try (CorpusStore st = CorpusStore.openReadOnly(dir, knowledge);
                 StoreTalkingPoints points = new StoreTalkingPoints(st)) {
                for (Cluster c : StoreTalkingPoints.atLeast(points.clusters(), minOutlets)) {
                    Cluster w = StoreTalkingPoints.within(c, from, to);
                    if (w != null && w.outlets().size() >= minOutlets) {
                        clusters.add(w);
                    }
                }
            }
            print(clusters);
            return Main.OK;
        }
        for (String f : files) {
            if (f.endsWith(".jsonl")) {
                failed += readRows(Path.of(f), knowledge, articles);
            } else {
                toAnalyse.add(f);
            }
        }
        if (!toAnalyse.isEmpty()) {
            Analyzer analyzer = Analyzer.standard(knowledge);
            failed += CorpusDocuments.forEach(toAnalyse, input, analyzer, threads, "talking points",
                    (source, d) -> articles.add(Articles.of(source, d, knowledge.outlets())));
        }
        List<Cluster> clusters = TalkingPoints.discover(articles, DiscoverySettings.defaults().withMinOutlets(minOutlets),
                knowledge.talkingPoints(), from, to);
        print(clusters);
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private void print(List<Cluster> clusters) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Cluster c : clusters) {
            out.println(format == Format.jsonl ? ClusterJson.write(c) : table(c));
        }
        if (format == Format.table) {
            out.println(clusters.size() + " cluster" + (clusters.size() == 1 ? "" : "s"));
        }
    }

    /** Reads analyze rows; a bad row is one stderr line. */
    private static long readRows(Path file, KnowledgeBase knowledge, List<Article> into) throws IOException {
        long failed = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    into.add(Articles.ofJson(line, knowledge.outlets()));
                } catch (IllegalArgumentException e) {
                    System.err.println("veille: " + file + ":" + no + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed;
    }

    private static String table(Cluster c) {
        String text = c.text().replaceAll("\\s+", " ");
        Cluster.Member f = c.first();
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-5s %-6s %2d outlets %3d members  first %s %s (%s)%s%n", c.id(), c.kind(),
                c.outlets().size(), c.members().size(), f.publishedAt() != null ? f.publishedAt() : f.published(),
                f.outlet(), Path.of(f.source()).getFileName(), c.catalogue().isEmpty() ? ""
                        : "  catalogue: " + String.join(", ", c.catalogue())));
        b.append("      « ").append(text.length() > 110 ? text.substring(0, 109) + "…" : text).append(" »");
        b.append("\n      spread: ");
        c.spread().forEach((day, n) -> b.append(day).append(' ').append(n).append("  "));
        b.append("\n      outlets: ").append(String.join(", ", c.outlets().stream()
                .map(o -> c.members().stream().anyMatch(m -> o.equals(m.outlet()) && m.stateAffiliated()) ? o + "*" : o)
                .toList()));
        return b.toString();
    }

}

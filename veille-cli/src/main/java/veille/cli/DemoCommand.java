package veille.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.Analyzer;
import veille.corpus.InputFiles;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Language;
import veille.doc.Sentence;
import veille.io.InputException;
import veille.io.InputReader;

/**
 * {@code veille demo}: ingests the bundled sample articles (or DIR) into a fresh temporary store and serves it
 * ({@code serve}'s API, the reading interface at its root); {@code --print} prints a readable summary of each article
 * instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample corpus (or DIR) into a fresh temporary store and serve it; prints the URL.",
                "--print: print a readable summary of each article instead."})
final class DemoCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of articles. Default: the bundled samples.")
    Path dir;

    @Option(names = "--print", description = "Print a summary of each article instead of serving.")
    boolean print;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST", description = "Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Default: ${DEFAULT-VALUE}, or any free port when it is taken.")
    int port;

    @Override
    public Integer call() throws Exception {
        return print ? printAll() : serve();
    }

    private List<String> folders(Path d) {
        List<String> folders = new java.util.ArrayList<>(List.of(d.toString()));
        Path html = Home.samples().resolveSibling("html");
        if (dir == null && Files.isDirectory(html)) {
            folders.add(html.toString()); // the bundled HTML pages too
        }
        return folders;
    }

    private veille.kb.KnowledgeBase kb() {
        return Files.isDirectory(Home.samplesKb())
                ? veille.kb.KnowledgeBase.withFolder(Home.samplesKb()) : veille.kb.KnowledgeBase.builtIn();
    }

    private int serve() throws Exception {
        Path d = dir != null ? dir : Home.samples();
        if (!Files.isDirectory(d)) {
            System.err.println("veille: " + d + ": no such folder (the bundled samples live in samples/articles)");
            return Main.SOME_FAILED;
        }
        long t0 = System.nanoTime();
        Path storeDir = Files.createTempDirectory("veille-demo-");
        veille.kb.KnowledgeBase kb = kb();
        Analyzer analyzer = Analyzer.standard(kb);
        veille.output.AnalysisJson json = veille.output.AnalysisJson.of(analyzer, false, false);
        veille.store.CorpusStore store = veille.store.CorpusStore.open(storeDir, kb);
        long failed;
        try (veille.corpus.CorpusRunner runner = new veille.corpus.CorpusRunner(analyzer,
                veille.corpus.CorpusSettings.defaults())) {
            failed = runner.run(folders(d), json::write, veille.corpus.CorpusProgress.NONE, result -> {
                if (result instanceof veille.corpus.CorpusResult.Analysed<String> a) {
                    store.add(a.value());
                } else if (ResultLines.problem(result) != null) {
                    System.err.println(ResultLines.problem(result));
                }
            }).failed();
        }
        store.commit();
        veille.store.StoreServer server;
        try {
            server = ServeCommand.serve(store, host, port, 100);
        } catch (RuntimeException e) {
            if (port == 0) {
                throw e;
            }
            server = ServeCommand.serve(store, host, 0, 100); // the port is taken: any free one
        }
        PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        // Since the JVM started: what a user waits for after typing the command (the launcher's build aside).
        out.printf("%d sample articles ingested into %s in %.1f s%s; serving %.1f s after start%n", store.count(),
                storeDir, (System.nanoTime() - t0) / 1e9, failed > 0 ? " (" + failed + " failed)" : "",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        out.println("Veille is serving at " + server.url() + "search?q=ministre   (API: " + server.url() + "api/search?q=ministre ; "
                + server.url() + "openapi.json)   Ctrl-C stops");
        ServeCommand.waitForever(server, store, () -> deleteTree(storeDir));
        return Main.OK;
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private int printAll() throws Exception {
        Path d = dir != null ? dir : Home.samples();
        if (!Files.isDirectory(d)) {
            System.err.println("veille: " + d + ": no such folder (the bundled samples live in samples/articles)");
            return Main.SOME_FAILED;
        }
        List<String> folders = folders(d);
        Analyzer analyzer = Analyzer.standard(kb());
        InputReader reader = InputReader.withDefaults();
        List<InputFiles.Item> items = InputFiles.expand(folders);
        PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        int failed = 0;
        long t0 = System.nanoTime();
        for (InputFiles.Item item : items) {
            try {
                Document doc = analyzer.analyze(reader.read(item.path(), item.source(), null));
                print(out, doc);
            } catch (InputException e) {
                failed++;
                System.err.println("veille: " + item.source() + ": " + e.getMessage());
            }
        }
        out.printf("%d articles analysed in %.2f s%s%n", items.size() - failed, (System.nanoTime() - t0) / 1e9,
                failed > 0 ? ", " + failed + " failed" : "");
        out.println("JSON for any of them: bin/veille analyze " + String.join("|", folders) + "/<file>");
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    static void print(PrintStream out, Document doc) {
        ArticleMeta m = doc.find(ArticleMeta.KEY).orElse(ArticleMeta.EMPTY);
        out.println("━━ " + Path.of(doc.input().source()).getFileName());
        out.println("  title      " + m.titleValue().orElse("—"));
        out.println("  outlet     " + m.outletValue().orElse("—")
                + "   credits " + (m.creditValues().isEmpty() ? "—" : String.join(", ", m.creditValues()))
                + "   authors " + (m.authorValues().isEmpty() ? "—" : String.join(", ", m.authorValues())));
        out.println("  published  " + m.publishedValue().orElse("—")
                + "   dateline " + m.datelineValue().orElse("—")
                + "   language " + doc.find(Language.KEY).map(l -> l.code() + String.format(" (%.2f)", l.confidence())).orElse("—"));
        List<Block> blocks = doc.find(Blocks.KEY).map(Blocks::all).orElse(List.of());
        long body = blocks.stream().filter(b -> b.kind() == BlockKind.BODY).count();
        out.printf("  text       %d paragraphs, %d sentences, %d characters%n", body,
                doc.layer(Sentence.LAYER).size(), doc.text().length());
        StringBuilder set = new StringBuilder();
        for (Block b : blocks) {
            if (!b.kind().inText()) {
                String s = b.textIn(doc.input());
                if (b.path() != null) {
                    // An HTML block's range is its source, markup included: show the text a reader sees.
                    s = org.jsoup.Jsoup.parseBodyFragment(s).text();
                }
                set.append(String.format("    line %-3d %-11s %s%n", b.line(), b.kind().id(),
                        s.length() > 70 ? s.substring(0, 69) + "…" : s));
            }
        }
        if (!set.isEmpty()) {
            out.println("  set apart:");
            out.print(set);
        }
        List<veille.doc.Entity> entities = doc.find(veille.doc.Entity.KEY).map(veille.doc.Entity.Entities::all)
                .orElse(List.of());
        if (!entities.isEmpty()) {
            out.println("  entities:");
            for (veille.doc.EntityType type : veille.doc.EntityType.values()) {
                StringBuilder line = new StringBuilder();
                for (veille.doc.Entity e : entities) {
                    if (e.type() != type) {
                        continue;
                    }
                    java.util.Set<String> forms = new java.util.LinkedHashSet<>();
                    for (veille.doc.Entity.Mention mention : e.mentions()) {
                        forms.add(doc.text().substring(mention.start(), mention.end()));
                    }
                    forms.remove(e.name());
                    line.append(line.isEmpty() ? "" : "; ").append(e.name());
                    if (!forms.isEmpty()) {
                        line.append(" (").append(String.join(", ", forms)).append(')');
                    }
                    if (e.role() != null) {
                        line.append(" [").append(e.role()).append(']');
                    }
                }
                if (!line.isEmpty()) {
                    out.printf("    %-4s %s%n", type.label(), line);
                }
            }
        }
        String lead = doc.text().length() > 240 ? doc.text().substring(0, 239) + "…" : doc.text();
        out.println("  text starts: " + lead.replace("\n\n", " ¶ "));
        out.println();
    }
}

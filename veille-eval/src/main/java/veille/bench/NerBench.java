package veille.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.Token;
import veille.stage.tokenize.TokenizeStage;
import veille.stage.ner.NerStage;
import veille.eval.ner.WinerCorpus;

/**
 * Measures the {@code ner} stage: time to load the shipped model (first use, cold JVM) and tokens per second of
 * recognition on one thread over WiNER-fr train+dev texts (already tokenized; tokenization is not timed).
 * Run: {@code java -cp "veille-cli/target/lib/*" veille.bench.NerBench [WINER_DIR] [SECONDS]}.
 */
public final class NerBench {
    private NerBench() {
    }

    /** Prints load time and tokens/s. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        NerStage stage = new NerStage();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        double loadCpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e6;
        long t1 = System.nanoTime();
        stage.apply(new TokenizeStage().apply(doc("x", "Le président Emmanuel Macron était à Berlin.")));
        double firstMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf(Locale.ROOT, "model load %.0f ms (CPU %.0f ms), first document %.0f ms (lexicon, name finder)%n",
                loadMs, loadCpuMs, firstMs);
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/winer-fr");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<Document> docs = new ArrayList<>();
        long tokens = 0;
        TokenizeStage tokenize = new TokenizeStage();
        for (WinerCorpus.Split s : List.of(WinerCorpus.Split.TRAIN, WinerCorpus.Split.DEV)) {
            for (WinerCorpus.Doc d : WinerCorpus.read(root, s).docs()) {
                Document doc = tokenize.apply(doc(d.name(), d.text()));
                docs.add(doc);
                tokens += doc.layer(Token.LAYER).size();
            }
        }
        // Warm-up: one pass, so the JIT has compiled the hot paths.
        for (Document d : docs) {
            stage.apply(d);
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall figure mostly measures the
        // other jobs, the CPU figure much less so.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long done = 0;
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long elapsed;
        do {
            for (Document d : docs) {
                stage.apply(d);
            }
            done += tokens;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9);
        long cpuUsed = cpu.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(Locale.ROOT, "%d documents, %d tokens a pass; %.0f tokens/s on one thread (wall), "
                + "%.0f tokens per CPU second%n", docs.size(), tokens, done / (elapsed / 1e9), done / (cpuUsed / 1e9));
    }

    private static Document doc(String name, String text) {
        return Document.of(Input.ofText(name, text, InputFormat.PLAIN), text);
    }
}

package veille.eval.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import veille.doc.TextNormalizer;
import veille.doc.Token;
import veille.stage.syntax.SyntaxModel;
import veille.stage.tokenize.FrenchTokenizer;

/**
 * Scores a syntax model on UD treebank files: UPOS, FEATS, lemma, UAS and LAS accuracy on the gold surface
 * tokens (punctuation included, multiword tokens counted once, see {@link ConlluReader}), and LAS again on
 * Veille's own tokens, aligned to the gold ones by character span. {@code bin/veille eval --ud} prints its table
 * for the shipped model, {@code bin/veille train syntax} for the model it trains.
 *
 * <pre>
 * java -cp "veille-cli/target/lib/*" veille.eval.syntax.UdParseEvaluation [--ud DIR] [--model FILE] [--prune T]
 * </pre>
 */
public final class UdParseEvaluation {
    /** The three test files, never trained or tuned on. */
    public static final List<String> TEST_FILES = List.of("fr_sequoia-ud-test.conllu",
            "fr_parisstories-ud-test.conllu", "fr_gsd-ud-test.conllu");

    /** The files of the full report: the tuning file, then the three test files. */
    public static final List<String> FILES = List.of("fr_sequoia-ud-dev.conllu", "fr_sequoia-ud-test.conllu",
            "fr_parisstories-ud-test.conllu", "fr_gsd-ud-test.conllu");

    private UdParseEvaluation() {
    }

    /**
     * Scores on gold tokens.
     *
     * @param tokens scored tokens
     */
    public record Scores(int sentences, int tokens, double upos, double feats, double lemma, double uas, double las) {
    }

    /** LAS on Veille's tokens: token F1 against the gold tokens, LAS precision, recall and F1. */
    public record TokenizedScores(double tokenF1, double lasPrecision, double lasRecall, double lasF1) {
    }

    /** Scores a model on gold tokens and gold sentences. */
    public static Scores score(SyntaxModel model, List<UdSentence> sentences) {
        int tokens = 0;
        int upos = 0;
        int feats = 0;
        int lemma = 0;
        int uas = 0;
        int las = 0;
        for (UdSentence s : sentences) {
            SyntaxModel.Analysis a = model.analyze(s.forms());
            for (int i = 0; i < s.size(); i++) {
                tokens++;
                upos += a.upos(i).equals(s.upos()[i]) ? 1 : 0;
                feats += a.feats(i).equals(s.feats()[i]) ? 1 : 0;
                lemma += a.lemma(i).equals(s.lemmas()[i]) ? 1 : 0;
                if (a.head(i) == s.heads()[i]) {
                    uas++;
                    las += a.relation(i).equals(s.relations()[i]) ? 1 : 0;
                }
            }
        }
        return new Scores(sentences.size(), tokens, ratio(upos, tokens), ratio(feats, tokens), ratio(lemma, tokens),
                ratio(uas, tokens), ratio(las, tokens));
    }

    /** Tokenizes each sentence's text with Veille's tokenizer, parses it and aligns it with the gold tokens. */
    public static TokenizedScores scoreTokenized(SyntaxModel model, List<UdSentence> sentences) {
        FrenchTokenizer tokenizer = FrenchTokenizer.standard();
        long gold = 0;
        long predicted = 0;
        long matched = 0;
        long correct = 0;
        for (UdSentence s : sentences) {
            String text = TextNormalizer.fold(s.text());
            int[] goldStart = new int[s.size()];
            int from = 0;
            for (int i = 0; i < s.size(); i++) {
                int at = text.indexOf(s.forms()[i], from);
                goldStart[i] = at;
                if (at >= 0) {
                    from = at + s.forms()[i].length();
                }
            }
            List<Token> tokens = tokenizer.tokenize(text);
            String[] words = new String[tokens.size()];
            int[] toGold = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                Token tok = tokens.get(t);
                words[t] = text.substring(tok.start(), tok.end());
                toGold[t] = -1;
                for (int g = 0; g < s.size(); g++) {
                    if (goldStart[g] == tok.start() && s.forms()[g].length() == tok.end() - tok.start()) {
                        toGold[t] = g;
                        break;
                    }
                }
            }
            gold += s.size();
            predicted += tokens.size();
            if (tokens.isEmpty()) {
                continue;
            }
            SyntaxModel.Analysis a = model.analyze(words);
            for (int t = 0; t < tokens.size(); t++) {
                int g = toGold[t];
                if (g < 0) {
                    continue;
                }
                matched++;
                int h = a.head(t);
                int mappedHead = h < 0 ? -1 : toGold[h] < 0 ? -2 : toGold[h];
                if (mappedHead == s.heads()[g] && a.relation(t).equals(s.relations()[g])) {
                    correct++;
                }
            }
        }
        double tp = ratio(matched, predicted);
        double tr = ratio(matched, gold);
        double p = ratio(correct, predicted);
        double r = ratio(correct, gold);
        return new TokenizedScores(f1(tp, tr), p, r, f1(p, r));
    }

    /**
     * Single-thread analysis speed in tokens per CPU second of the measuring thread (so that other processes on
     * the machine do not count), measured for about {@code millis} of CPU time after a warm-up of as much.
     */
    public static double tokensPerSecond(SyntaxModel model, List<UdSentence> sentences, long millis) {
        java.lang.management.ThreadMXBean clock = java.lang.management.ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long start = clock.getCurrentThreadCpuTime();
        long warm = start + millis / 2 * 1_000_000L;
        long measureStart = -1;
        while (true) {
            for (UdSentence s : sentences) {
                model.analyze(s.forms());
                if (measureStart >= 0) {
                    tokens += s.size();
                }
            }
            long now = clock.getCurrentThreadCpuTime();
            if (measureStart < 0 && now >= warm) {
                measureStart = now;
            } else if (measureStart >= 0 && now - measureStart >= millis * 1_000_000L) {
                return tokens / ((now - measureStart) / 1e9);
            }
        }
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Prints the scores of a model on the given files of {@code ud} (those present) as a Markdown table, then,
     * when asked, its speed (about 12 s of CPU).
     */
    public static void report(SyntaxModel model, Path ud, List<String> files, boolean speed, PrintStream out)
            throws IOException {
        out.println("| file | sentences | tokens | UPOS | FEATS | lemma | UAS | LAS | LAS on Veille tokens (F1) | token F1 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<UdSentence> speedSet = null;
        for (String name : files) {
            Path f = ud.resolve(name);
            if (!Files.exists(f)) {
                continue;
            }
            List<UdSentence> sentences = ConlluReader.read(f);
            if (speedSet == null || name.contains("sequoia-ud-test")) {
                speedSet = sentences;
            }
            Scores s = score(model, sentences);
            TokenizedScores t = scoreTokenized(model, sentences);
            out.printf(Locale.ROOT, "| %s | %d | %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n", name,
                    s.sentences(), s.tokens(), s.upos(), s.feats(), s.lemma(), s.uas(), s.las(), t.lasF1(), t.tokenF1());
        }
        if (speed && speedSet != null) {
            out.printf(Locale.ROOT, "speed (one thread, tag + lemmatize + parse): %.0f tokens per CPU second%n",
                    tokensPerSecond(model, speedSet, 6000));
        }
    }

    /** Scores a model file (the shipped one by default) on the UD files: {@code [--ud DIR] [--model FILE]}. */
    public static void main(String[] args) throws IOException {
        Path ud = Path.of("../shared/data/ud");
        Path modelFile = null;
        double prune = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ud" -> ud = Path.of(args[++i]);
                case "--model" -> modelFile = Path.of(args[++i]);
                case "--prune" -> prune = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i]
                        + "'. Known: --ud DIR, --model FILE, --prune THRESHOLD");
            }
        }
        SyntaxModel model;
        if (modelFile == null) {
            model = SyntaxModel.standard();
        } else {
            try (InputStream in = Files.newInputStream(modelFile)) {
                model = SyntaxModel.read(in);
            }
        }
        if (prune > 0) {
            model = model.pruned(prune);
        }
        System.out.println(model.describe());
        report(model, ud, FILES, true, System.out);
    }
}

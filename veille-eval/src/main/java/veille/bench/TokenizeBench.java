package veille.bench;

import veille.stage.tokenize.FrenchTokenizer;
import veille.stage.tokenize.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import veille.doc.Sentence;
import veille.doc.Token;

/**
 * Measures tokenize + split throughput on one thread and prints characters per second.
 *
 * <p>A plain loop rather than JMH: it warms up for a few seconds, then times several rounds and reports the
 * median, which is enough to check the target (well over 2 million characters a second per core). The text
 * is a file given as first argument (read as UTF-8), else a built-in French paragraph repeated to about 1 MB.
 */
public final class TokenizeBench {
    private static final String SAMPLE = "PÉKIN, 20 sept. (Xinhua) -- Le président chinois Xi Jinping a "
            + "rencontré mercredi à Pékin M. Wang, qui lui a dit : « Pourquoi ? » a-t-il demandé. Aujourd'hui, "
            + "la coopération sino-russe dans la région Asie-Pacifique progresse, l'économie a crû de 1,5 % et "
            + "25 000 emplois ont été créés d'ici le 19/11, etc. Voir https://french.xinhua.net/ à 08h36.\n\n";

    private TokenizeBench() {
    }

    /** Runs the benchmark; {@code args[0]} is an optional UTF-8 text file. */
    public static void main(String[] args) throws IOException {
        String text = args.length > 0
                ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                : SAMPLE.repeat(1_000_000 / SAMPLE.length());
        FrenchTokenizer tokenizer = FrenchTokenizer.standard();
        SentenceSplitter splitter = new SentenceSplitter(tokenizer);
        long sink = 0;
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            sink += run(text, tokenizer, splitter);
        }
        double[] rates = new double[9];
        for (int r = 0; r < rates.length; r++) {
            long t0 = System.nanoTime();
            int reps = 0;
            while (System.nanoTime() - t0 < 500_000_000L) {
                sink += run(text, tokenizer, splitter);
                reps++;
            }
            rates[r] = (double) text.length() * reps / ((System.nanoTime() - t0) / 1e9);
        }
        java.util.Arrays.sort(rates);
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> sentences = splitter.split(text, tokens);
        System.out.printf(Locale.ROOT, "text: %,d chars, %,d tokens, %,d sentences%n", text.length(), tokens.size(),
                sentences.size());
        System.out.printf(Locale.ROOT, "tokenize+split: %,.0f chars/s (median of %d rounds; min %,.0f, max %,.0f)%n",
                rates[rates.length / 2], rates.length, rates[0], rates[rates.length - 1]);
        if (sink == 42) {
            System.out.println(); // keeps the work observable to the JIT
        }
    }

    private static long run(String text, FrenchTokenizer tokenizer, SentenceSplitter splitter) {
        List<Token> tokens = tokenizer.tokenize(text);
        return tokens.size() + splitter.split(text, tokens).size();
    }
}

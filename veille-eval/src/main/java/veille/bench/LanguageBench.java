package veille.bench;

import veille.stage.lang.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints how many characters a second {@link LanguageIdentifier} reads, on the French sentences of a UD
 * folder cut into paragraphs of 5 sentences and into 20,000-character articles.
 *
 * <p>Run: {@code java -cp "veille-cli/target/lib/*" veille.bench.LanguageBench ../shared/data/ud}.
 * One thread; the first rounds warm the JIT and are not counted.
 */
public final class LanguageBench {
    private LanguageBench() {
    }

    /** Runs the benchmark; the argument is the UD folder (default {@code ../shared/data/ud}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/ud");
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("# text = ")) {
                        sentences.add(line.substring("# text = ".length()));
                    }
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i + 5 <= sentences.size(); i += 5) {
            paragraphs.add(String.join(" ", sentences.subList(i, i + 5)));
        }
        String all = String.join(" ", sentences);
        List<String> articles = new ArrayList<>();
        for (int i = 0; i + LanguageIdentifier.MAX_CHARS <= all.length(); i += LanguageIdentifier.MAX_CHARS) {
            articles.add(all.substring(i, i + LanguageIdentifier.MAX_CHARS));
        }
        LanguageIdentifier id = LanguageIdentifier.standard();
        run(id, "sentences", sentences);
        run(id, "paragraphs", paragraphs);
        run(id, "20k-char texts", articles);
    }

    private static void run(LanguageIdentifier id, String what, List<String> texts) {
        long chars = texts.stream().mapToLong(String::length).sum();
        int sink = 0;
        for (int round = 0; round < 5; round++) {
            for (String t : texts) {
                sink += id.identify(t).code().length();
            }
        }
        int rounds = 20;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String t : texts) {
                sink += id.identify(t).code().length();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-15s %6d texts, %9d chars: %6.1f M chars/s, %8.0f texts/s (sink %d)%n", what,
                texts.size(), chars, rounds * chars / seconds / 1e6, rounds * texts.size() / seconds, sink);
    }
}

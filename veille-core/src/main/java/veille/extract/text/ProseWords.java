package veille.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import veille.kb.MatchKey;

/**
 * The function words of {@code veille/kb/prose-words.txt}, for telling prose from labels and menus: one set for
 * French and English (copied pages mix them), one per other language ({@code @set} lines).
 */
final class ProseWords {
    private static final List<Set<String>> SETS = load();

    private ProseWords() {
    }

    /**
     * How many of the words are function words of one language, in the language's set that covers most of them: a
     * German line is not made prose by words that happen to be Spanish.
     */
    static int count(String[] words) {
        int best = 0;
        for (Set<String> set : SETS) {
            int n = 0;
            for (String w : words) {
                if (set.contains(w)) {
                    n++;
                }
            }
            best = Math.max(best, n);
        }
        return best;
    }

    private static List<Set<String>> load() {
        try (InputStream in = ProseWords.class.getResourceAsStream("/veille/kb/prose-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("Knowledge-base resource /veille/kb/prose-words.txt is missing");
            }
            List<Set<String>> sets = new ArrayList<>();
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (w.startsWith("@set")) {
                    sets.add(Set.copyOf(out));
                    out = new HashSet<>();
                } else if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(MatchKey.of(w));
                }
            }
            sets.add(Set.copyOf(out));
            return List.copyOf(sets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

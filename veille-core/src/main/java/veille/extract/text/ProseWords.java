package veille.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import veille.kb.MatchKey;

/** The function words of {@code veille/kb/prose-words.txt}, for telling prose from labels and menus. */
final class ProseWords {
    private static final Set<String> WORDS = load();

    private ProseWords() {
    }

    static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    private static Set<String> load() {
        try (InputStream in = ProseWords.class.getResourceAsStream("/veille/kb/prose-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("Knowledge-base resource /veille/kb/prose-words.txt is missing");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(MatchKey.of(w));
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

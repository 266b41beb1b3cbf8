package veille.kb;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A word list where each word has one or more roles ({@code word<TAB>role} rows), such as
 * {@code metadata-words.tsv}. Immutable and thread-safe.
 */
public final class WordRoles {
    private final Set<String> entries;

    private WordRoles(Set<String> entries) {
        this.entries = Set.copyOf(entries);
    }

    /** Loads a classpath table with the columns {@code word} and {@code role}. */
    public static WordRoles load(String resource) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> r : TsvFile.resource(resource).rows()) {
            out.add(MatchKey.of(r.get("word")) + "\t" + r.get("role"));
        }
        return new WordRoles(out);
    }

    /** Whether {@code word} (a match key) has {@code role}. */
    public boolean has(String word, String role) {
        return entries.contains(word + "\t" + role);
    }
}

package veille.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Building regular expressions from word lists kept as data. */
public final class Regexes {
    private Regexes() {
    }

    /**
     * An alternation of literal words, longest first so that "mardi dernier" wins over "mardi" in a leftmost match.
     */
    public static String alternation(Collection<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
    }
}

package veille.stage.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a whole article says about its capitalised words, for the name finder's document features: whether a word
 * also appears capitalised in the middle of a sentence (so a sentence-initial "Airbus" is a name, a sentence-initial
 * "Pendant" is not), whether it also appears in lower case (a common word), and whether it also appears as the first
 * or last word of a longer capitalised sequence ("Trump" alone after "Donald Trump").
 *
 * <p>Built from the article's sentences as token strings. Thread-safe: immutable.
 */
final class DocumentFacts {
    /** No facts: every feature off. */
    static final DocumentFacts NONE = new DocumentFacts(Set.of(), Set.of(), Set.of(), Set.of());

    private final Set<String> capitalisedMidSentence;
    private final Set<String> lowerCase;
    private final Set<String> firstOfSequence;
    private final Set<String> lastOfSequence;

    private DocumentFacts(Set<String> capitalisedMidSentence, Set<String> lowerCase, Set<String> firstOfSequence,
                          Set<String> lastOfSequence) {
        this.capitalisedMidSentence = capitalisedMidSentence;
        this.lowerCase = lowerCase;
        this.firstOfSequence = firstOfSequence;
        this.lastOfSequence = lastOfSequence;
    }

    /** The facts of an article given as its sentences' tokens. */
    static DocumentFacts of(List<String[]> sentences) {
        Set<String> mid = new HashSet<>();
        Set<String> lower = new HashSet<>();
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        for (String[] s : sentences) {
            int run = 0;
            for (int i = 0; i <= s.length; i++) {
                boolean cap = i < s.length && NerFeatures.isCapitalized(s[i]);
                if (cap) {
                    if (i > 0 && !opensSentence(s[i - 1])) {
                        mid.add(s[i]);
                    }
                    run++;
                    continue;
                }
                if (run >= 2) {
                    first.add(s[i - run]);
                    last.add(s[i - 1]);
                }
                run = 0;
                if (i < s.length && !s[i].isEmpty() && Character.isLowerCase(s[i].codePointAt(0))) {
                    lower.add(s[i]);
                }
            }
        }
        return new DocumentFacts(mid, lower, first, last);
    }

    /** Punctuation after which a capital is not informative (a quote or a dash opens a sentence of its own). */
    private static boolean opensSentence(String token) {
        return token.equals("«") || token.equals("\"") || token.equals("—") || token.equals("–") || token.equals(":")
                || token.equals("(");
    }

    /** Adds the document features of a capitalised token to {@code f}. */
    void addFeatures(String token, List<String> f) {
        if (capitalisedMidSentence.contains(token)) {
            f.add("dmid");
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        if (lowerCase.contains(lower)) {
            f.add("dlow");
        }
        if (firstOfSequence.contains(token)) {
            f.add("dfirst");
        }
        if (lastOfSequence.contains(token)) {
            f.add("dlast");
        }
    }
}

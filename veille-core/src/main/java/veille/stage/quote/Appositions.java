package veille.stage.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import veille.doc.EntityType;
import veille.stage.quote.QuoteText.Mention;

/**
 * Finds a description written earlier with a person in apposition: "le secrétaire général de l'ASEAN" written
 * before as "le secrétaire général de l'ASEAN, Kao Kim Hourn", so that the later description names him.
 *
 * <p>The rule: the first place in the folded text where the description occurs and is followed, after at most a
 * comma and spaces, by a person mention. Searching the whole text for every description would cost quadratic
 * time on a long document; instead the places a person can follow (the ends of candidate descriptions, found
 * once, lazily) are indexed by their last {@value #KEY} characters, and each description's first such place is
 * remembered. Not thread-safe (one per document).
 */
final class Appositions {
    private static final int KEY = 6;
    /** How far after a description its comma may stand. */
    private static final int COMMA_WITHIN = 45;
    /** How far after a description the person may start. */
    private static final int PERSON_WITHIN = 48;

    private final QuoteText t;
    /** Ends of descriptions a person follows, by their last characters, in text order; built on first use. */
    private Map<String, List<Integer>> endsByKey;
    /** The person following the description ending at a position. */
    private final Map<Integer, Mention> personAfter = new HashMap<>();
    /** Starts of descriptions written in apposition after a person, by their first characters; built on first use. */
    private Map<String, List<Integer>> startsByKey;
    /** The person before the description starting at a position. */
    private final Map<Integer, Mention> personBefore = new HashMap<>();
    /** Each description's first end with a person after it, -1 when none. */
    private final Map<String, Integer> firstEnd = new HashMap<>();

    Appositions(QuoteText t) {
        this.t = t;
    }

    /** The person in apposition to {@code np} (folded, at least 6 characters) before {@code before}, or null. */
    Mention before(String np, int before) {
        if (np.length() < KEY) {
            return null;
        }
        int e = firstEnd.computeIfAbsent(np, this::firstEndOf);
        // Any earlier occurrence has no person after it, so the first good one decides.
        return e >= 0 && e - np.length() < before ? personAfter.get(e) : null;
    }

    /**
     * The person a description follows in apposition before {@code before}: "Abbas X, le ministre iranien des
     * Transports, a annoncé", so that a later "le ministre iranien des Transports" (or a shorter "le ministre
     * iranien") names him; null when none. {@code np} is folded, without its determiner.
     */
    Mention nameFirst(String np, int before) {
        if (np.length() < KEY) {
            return null;
        }
        if (startsByKey == null) {
            startsByKey = nameFirstIndex();
        }
        for (int p : startsByKey.getOrDefault(np.substring(0, KEY), List.of())) {
            if (p >= before) {
                break;
            }
            int e = p + np.length();
            if (t.low.startsWith(np, p) && (e >= t.low.length() || !Character.isLetterOrDigit(t.low.charAt(e)))) {
                return personBefore.get(p);
            }
        }
        return null;
    }

    /** Where a description in apposition after a person would start: past the comma, spaces and a determiner. */
    private Map<String, List<Integer>> nameFirstIndex() {
        Map<String, List<Integer>> out = new HashMap<>();
        String low = t.low;
        for (Mention m : t.mentions) {
            if (!m.isA(EntityType.PER)) {
                continue;
            }
            int p = m.end();
            while (p < low.length() && QuoteMarks.isSpace(low.charAt(p))) {
                p++;
            }
            if (p >= low.length() || low.charAt(p) != ',') {
                continue;
            }
            p++;
            while (p < low.length() && QuoteMarks.isSpace(low.charAt(p))) {
                p++;
            }
            for (String det : NAME_FIRST_DETERMINERS) {
                if (low.startsWith(det, p)) {
                    p += det.length();
                    break;
                }
            }
            if (p + KEY <= low.length() && !personBefore.containsKey(p)) {
                personBefore.put(p, m);
                out.computeIfAbsent(low.substring(p, p + KEY), k -> new ArrayList<>()).add(p);
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static final List<String> NAME_FIRST_DETERMINERS = List.of("le ", "la ", "l'", "les ");

    private int firstEndOf(String np) {
        if (endsByKey == null) {
            endsByKey = index();
        }
        for (int e : endsByKey.getOrDefault(np.substring(np.length() - KEY), List.of())) {
            if (e - np.length() >= 0 && t.low.startsWith(np, e - np.length())) {
                return e;
            }
        }
        return -1;
    }

    /** Every position after which a person mention follows, by the {@value #KEY} characters before it. */
    private Map<String, List<Integer>> index() {
        Map<String, List<Integer>> out = new HashMap<>();
        int lastStart = -1;
        for (Mention m : t.mentions) {
            if (!m.isA(EntityType.PER) || m.start() == lastStart) {
                continue; // the first person mention at a position is the one found
            }
            lastStart = m.start();
            // Only spaces stand between the person and the description's end, or its comma: the description
            // ends in that run of spaces, or at most COMMA_WITHIN characters before the comma.
            int ms = m.start();
            int run = ms;
            while (run > 0 && ms - run < PERSON_WITHIN && QuoteMarks.isSpace(t.text.charAt(run - 1))) {
                run--;
            }
            int from = run > 0 && t.text.charAt(run - 1) == ',' ? run - COMMA_WITHIN : run;
            for (int e = Math.max(KEY, Math.max(from, ms - PERSON_WITHIN)); e <= ms; e++) {
                if (personStart(e) == ms && !personAfter.containsKey(e)) {
                    personAfter.put(e, m);
                    out.computeIfAbsent(t.low.substring(e - KEY, e), k -> new ArrayList<>()).add(e);
                }
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /** Where a person in apposition to a description ending at {@code e} would start: after a comma and spaces. */
    private int personStart(int e) {
        String text = t.text;
        int p = e;
        for (int q = e; q < Math.min(text.length(), e + COMMA_WITHIN); q++) {
            char ch = text.charAt(q);
            if (ch == ',') {
                p = q + 1;
                break;
            }
            if (".;:\n«»\"".indexOf(ch) >= 0) {
                break;
            }
        }
        while (p < text.length() && p - e < PERSON_WITHIN && QuoteMarks.isSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }
}

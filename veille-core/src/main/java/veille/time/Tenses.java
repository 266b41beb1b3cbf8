package veille.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veille.kb.TsvFile;

/**
 * The tense of a French clause, read off its verb forms with the words and endings of
 * {@code /veille/kb/tense-words.tsv}: a future or conditional, "doit", "prévu" point forward; a compound past or
 * an imparfait, "hier" point back. Immutable and thread-safe.
 *
 * @see TimeExpressions#tenseAt(String, int, int)
 */
public final class Tenses {
    private static final String RESOURCE = "/veille/kb/tense-words.tsv";
    private static volatile Tenses builtIn;

    private final Set<String> future = new HashSet<>();
    private final List<String> futureEndings = new ArrayList<>();
    private final Set<String> notFuture = new HashSet<>();
    private final List<String> notFutureEndings = new ArrayList<>();
    private final Set<String> past = new HashSet<>();
    private final List<String> pastEndings = new ArrayList<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final List<String> participleEndings = new ArrayList<>();

    private Tenses(TsvFile table) {
        for (Map<String, String> row : table.rows()) {
            String w = row.get("word");
            switch (row.get("kind")) {
                case "future" -> future.add(w);
                case "future-ending" -> futureEndings.add(w);
                case "not-future" -> {
                    if (w.startsWith("*")) {
                        notFutureEndings.add(w.substring(1));
                    } else {
                        notFuture.add(w);
                    }
                }
                case "past" -> past.add(w);
                case "past-ending" -> pastEndings.add(w);
                case "auxiliary" -> auxiliaries.add(w);
                case "participle-ending" -> participleEndings.add(w);
                default -> throw new IllegalArgumentException(table.name() + ": unknown kind '" + row.get("kind")
                        + "'. Known: future, future-ending, not-future, past, past-ending, auxiliary, participle-ending");
            }
        }
    }

    /** The built-in word list. */
    public static Tenses builtIn() {
        Tenses t = builtIn;
        if (t == null) {
            t = new Tenses(TsvFile.resource(RESOURCE));
            builtIn = t;
        }
        return t;
    }

    /** Over a given table (the columns of {@code tense-words.tsv}). */
    public static Tenses of(TsvFile table) {
        return new Tenses(table);
    }

    /**
     * The tense of the clause around {@code [start, end)} of {@code low} (lower-case text): the verb form nearest
     * to it within its sentence decides (a future or conditional, "doit", "prévu" → future; a compound past or an
     * imparfait → past); at equal distance the future wins.
     */
    public TimeExpressions.Tense tenseAt(String low, int start, int end) {
        int s = start;
        while (s > 0 && ".!?\n;".indexOf(low.charAt(s - 1)) < 0) {
            s--;
        }
        int e = end;
        while (e < low.length() && ".!?\n;".indexOf(low.charAt(e)) < 0) {
            e++;
        }
        // Words of the clause, scanned by hand: this runs for every date and trigger, and regular expressions
        // over each clause cost more than the rest of the events stage.
        List<int[]> words = new ArrayList<>();
        int i = s;
        while (i < e) {
            while (i < e && !Character.isLetter(low.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < e && Character.isLetter(low.charAt(i))) {
                i++;
            }
            if (i > w) {
                words.add(new int[] {w, i});
            }
        }
        int best = Integer.MAX_VALUE;
        TimeExpressions.Tense t = TimeExpressions.Tense.UNKNOWN;
        for (int k = 0; k < words.size(); k++) {
            String w = low.substring(words.get(k)[0], words.get(k)[1]);
            TimeExpressions.Tense here = null;
            if (future(w)) {
                here = TimeExpressions.Tense.FUTURE;
            } else if (past(w)) {
                here = TimeExpressions.Tense.PAST;
            } else if (auxiliaries.contains(w)) {
                for (int j = k + 1; j <= k + 2 && j < words.size(); j++) {
                    if (participle(low.substring(words.get(j)[0], words.get(j)[1]))) {
                        here = TimeExpressions.Tense.PAST;
                        break;
                    }
                }
            }
            if (here != null) {
                int dist = Math.abs(words.get(k)[0] - start);
                if (dist < best || (dist == best && here == TimeExpressions.Tense.FUTURE)) {
                    best = dist;
                    t = here;
                }
            }
        }
        return t;
    }

    private boolean future(String w) {
        if (future.contains(w)) {
            return true;
        }
        if (notFuture.contains(w) || endsWithAny(w, notFutureEndings, 0)) {
            return false;
        }
        return endsWithAny(w, futureEndings, 2);
    }

    private boolean past(String w) {
        return past.contains(w) || (w.length() >= 5 && endsWithAny(w, pastEndings, 0));
    }

    private boolean participle(String w) {
        return endsWithAny(w, participleEndings, 1);
    }

    /** Whether {@code w} ends with one of {@code endings} and has at least {@code before} letters before it. */
    private static boolean endsWithAny(String w, List<String> endings, int before) {
        for (String suf : endings) {
            if (w.length() >= suf.length() + before && w.endsWith(suf)) {
                return true;
            }
        }
        return false;
    }
}

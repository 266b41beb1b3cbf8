package veille.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.kb.TsvFile;

/**
 * The cue vocabulary of {@code veille/kb/page-cues.tsv}: patterns that mark a line as a button, a caption, a
 * credit, a byline, a stamp or the end of the article.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class LineCues {
    private static volatile LineCues builtIn;

    private final List<Cue> cues;
    private final String sha256;
    /** All cues' {@code needs} literals in one automaton: a line is read once, not once per literal. */
    private final Needs needs;
    /**
     * Each thread's matchers, one per cue, reset for each line: a line is tried against some fifty patterns, and
     * allocating a matcher for each try was a large share of the cue time. A matcher keeps a reference to its last line
     * until the next one: one line per cue and thread.
     */
    private final ThreadLocal<Matcher[]> matchers;

    /** One cue. */
    record Cue(CueKind kind, String scope, int maxWords, Pattern pattern, String why, List<String> needs) {
        /**
         * The cheap guards: the line's length in words and the literals it needs ({@code hit}: whether the line holds
         * one of them, found for all cues at once by {@link Needs}).
         */
        boolean applies(boolean hit, int words) {
            return (maxWords <= 0 || words <= maxWords) && (needs.isEmpty() || hit);
        }

        /** The pattern, by scope, on a matcher already set to the line. */
        boolean matches(Matcher m) {
            return switch (scope) {
                case "line" -> m.matches();
                case "start" -> m.lookingAt();
                default -> m.find();
            };
        }
    }

    private LineCues(List<Cue> cues, String sha256) {
        this.cues = List.copyOf(cues);
        this.sha256 = sha256;
        this.needs = new Needs(this.cues);
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[this.cues.size()]);
    }

    static LineCues builtIn() {
        LineCues c = builtIn;
        if (c == null) {
            synchronized (LineCues.class) {
                c = builtIn;
                if (c == null) {
                    c = builtIn = fromTable(TsvFile.resource("/veille/kb/page-cues.tsv"));
                }
            }
        }
        return c;
    }

    static LineCues fromTable(TsvFile table) {
        List<Cue> list = new ArrayList<>();
        for (Map<String, String> r : table.rows()) {
            String scope = r.get("scope");
            if (!List.of("line", "start", "any").contains(scope)) {
                throw new IllegalArgumentException(table.name() + ": unknown scope '" + scope
                        + "' for pattern " + r.get("pattern") + ". Known: line, start, any");
            }
            list.add(new Cue(CueKind.parse(r.get("kind")), scope, Integer.parseInt(r.get("maxwords")),
                    Pattern.compile(r.get("pattern"),
                            // Unicode classes: since JDK 19, \\b is ASCII-only without it, so "publié\\b" would never match.
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
                    r.get("why"), needs(r.getOrDefault("needs", ""))));
        }
        return new LineCues(list, table.sha256());
    }

    private static List<String> needs(String cell) {
        return cell.isBlank() ? List.of() : java.util.Arrays.stream(cell.strip().split("\\s+")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }

    /** The first cue, in file order, that a line matches, or null. */
    Cue match(String folded, int words) {
        long[] hits = needs.hits(folded.toLowerCase(java.util.Locale.ROOT));
        Matcher[] mine = matchers.get();
        for (int i = 0; i < mine.length; i++) {
            Cue c = cues.get(i);
            if (!c.applies((hits[i >>> 6] & (1L << i)) != 0, words)) {
                continue;
            }
            Matcher m = mine[i];
            if (m == null) {
                m = mine[i] = c.pattern().matcher(folded);
            } else {
                m.reset(folded);
            }
            if (c.matches(m)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The cues' {@code needs} literals as one Aho-Corasick automaton, a full transition table over the characters the
     * literals use (any other character leads back to the root). Some 60 cues need some 400 literals; testing each
     * with {@code String.contains} was most of the cue time of a short text that matches nothing.
     */
    static final class Needs {
        /** Characters to their column (1-based; 0: in no literal). */
        private final char[] column = new char[Character.MAX_VALUE + 1];
        private final int columns;
        /** {@code next[state * columns + column]}. */
        private final int[] next;
        /** The cues (bits) that a literal ending in each state, or in its suffixes, belongs to; null for none. */
        private final long[][] out;
        private final int words;

        Needs(List<Cue> cues) {
            words = (cues.size() + 63) >>> 6;
            int alphabet = 1;
            for (Cue c : cues) {
                for (String w : c.needs()) {
                    for (int k = 0; k < w.length(); k++) {
                        if (column[w.charAt(k)] == 0) {
                            column[w.charAt(k)] = (char) alphabet++;
                        }
                    }
                }
            }
            columns = alphabet;
            // the trie
            List<int[]> rows = new ArrayList<>();
            List<long[]> outs = new ArrayList<>();
            rows.add(new int[columns]);
            outs.add(null);
            for (int ci = 0; ci < cues.size(); ci++) {
                for (String w : cues.get(ci).needs()) {
                    int state = 0;
                    for (int k = 0; k < w.length(); k++) {
                        int col = column[w.charAt(k)];
                        if (rows.get(state)[col] == 0) {
                            rows.get(state)[col] = rows.size();
                            rows.add(new int[columns]);
                            outs.add(null);
                        }
                        state = rows.get(state)[col];
                    }
                    long[] o = outs.get(state);
                    if (o == null) {
                        outs.set(state, o = new long[words]);
                    }
                    o[ci >>> 6] |= 1L << ci;
                }
            }
            // failure links, breadth first, turned into a full table
            int[] fail = new int[rows.size()];
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            for (int col = 1; col < columns; col++) {
                int s = rows.get(0)[col];
                if (s != 0) {
                    queue.add(s);
                }
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                long[] inherited = outs.get(fail[s]);
                if (inherited != null) {
                    long[] o = outs.get(s) == null ? new long[words] : outs.get(s);
                    for (int k = 0; k < words; k++) {
                        o[k] |= inherited[k];
                    }
                    outs.set(s, o);
                }
                for (int col = 1; col < columns; col++) {
                    int t = rows.get(s)[col];
                    if (t != 0) {
                        fail[t] = rows.get(fail[s])[col];
                        queue.add(t);
                    } else {
                        rows.get(s)[col] = rows.get(fail[s])[col];
                    }
                }
            }
            next = new int[rows.size() * columns];
            for (int s = 0; s < rows.size(); s++) {
                System.arraycopy(rows.get(s), 0, next, s * columns, columns);
            }
            out = outs.toArray(new long[0][]);
        }

        /** The cues one of whose literals {@code lower} holds, as bits. */
        long[] hits(String lower) {
            long[] hits = new long[words];
            int state = 0;
            for (int i = 0; i < lower.length(); i++) {
                int col = column[lower.charAt(i)];
                state = col == 0 ? 0 : next[state * columns + col];
                long[] o = out[state];
                if (o != null) {
                    for (int k = 0; k < words; k++) {
                        hits[k] |= o[k];
                    }
                }
            }
            return hits;
        }
    }

    /** The cues, in file order. */
    List<Cue> cues() {
        return cues;
    }

    String sha256() {
        return sha256;
    }
}

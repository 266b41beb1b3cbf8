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
    /**
     * Each thread's matchers, one per cue, reset for each line: a line is tried against some fifty patterns, and
     * allocating a matcher for each try was a large share of the cue time. A matcher keeps a reference to its last line
     * until the next one: one line per cue and thread.
     */
    private final ThreadLocal<Matcher[]> matchers;

    /** One cue. */
    record Cue(CueKind kind, String scope, int maxWords, Pattern pattern, String why, List<String> needs,
               long[] needMasks) {
        Cue(CueKind kind, String scope, int maxWords, Pattern pattern, String why, List<String> needs) {
            this(kind, scope, maxWords, pattern, why, needs, needs.stream().mapToLong(LineCues::charMask).toArray());
        }

        /** The cheap guards: the line's length in words and the literals it needs ({@code mask}: its characters). */
        boolean applies(String lower, long mask, int words) {
            if (maxWords > 0 && words > maxWords) {
                return false;
            }
            return needs.isEmpty() || containsAny(lower, mask);
        }

        /** The pattern, by scope, on a matcher already set to the line. */
        boolean matches(Matcher m) {
            return switch (scope) {
                case "line" -> m.matches();
                case "start" -> m.lookingAt();
                default -> m.find();
            };
        }

        /**
         * Whether the line holds one of the words the cue needs (a loop: this runs for each cue on each line). A
         * literal with a character the line lacks is passed over without a search.
         */
        private boolean containsAny(String lower, long mask) {
            for (int i = 0; i < needs.size(); i++) {
                if ((needMasks[i] & ~mask) == 0 && lower.contains(needs.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The characters of a text as a 64-bit set (by their low six bits): a superset test rules literals out. */
    static long charMask(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << (s.charAt(i) & 63);
        }
        return mask;
    }

    private LineCues(List<Cue> cues, String sha256) {
        this.cues = List.copyOf(cues);
        this.sha256 = sha256;
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
        String lower = folded.toLowerCase(java.util.Locale.ROOT);
        long mask = charMask(lower);
        Matcher[] mine = matchers.get();
        for (int i = 0; i < mine.length; i++) {
            Cue c = cues.get(i);
            if (!c.applies(lower, mask, words)) {
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

    /** The cues, in file order. */
    List<Cue> cues() {
        return cues;
    }

    String sha256() {
        return sha256;
    }
}

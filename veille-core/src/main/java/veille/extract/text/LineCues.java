package veille.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** One cue. */
    record Cue(CueKind kind, String scope, int maxWords, Pattern pattern, String why, List<String> needs) {
        boolean matches(String folded, String lower, int words) {
            if (maxWords > 0 && words > maxWords) {
                return false;
            }
            if (!needs.isEmpty() && !containsAny(lower)) {
                return false;
            }
            return switch (scope) {
                case "line" -> pattern.matcher(folded).matches();
                case "start" -> pattern.matcher(folded).lookingAt();
                default -> pattern.matcher(folded).find();
            };
        }

        /** Whether the line holds one of the words the cue needs (a loop: this runs for each cue on each line). */
        private boolean containsAny(String lower) {
            for (int i = 0; i < needs.size(); i++) {
                if (lower.contains(needs.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    private LineCues(List<Cue> cues, String sha256) {
        this.cues = List.copyOf(cues);
        this.sha256 = sha256;
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
        for (Cue c : cues) {
            if (c.matches(folded, lower, words)) {
                return c;
            }
        }
        return null;
    }

    String sha256() {
        return sha256;
    }
}

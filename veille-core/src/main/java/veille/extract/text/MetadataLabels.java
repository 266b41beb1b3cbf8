package veille.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import veille.kb.TsvFile;

/**
 * The labels and cue words the page-text metadata reader reads lines by ("Par", "Avec", "Source :", "Publié le"),
 * from {@code veille/kb/metadata-labels.tsv}, compiled into the patterns it matches. Immutable and thread-safe.
 */
final class MetadataLabels {
    static final String RESOURCE = "/veille/kb/metadata-labels.tsv";
    private static final Set<String> KINDS = Set.of("byline-label", "credit-label", "source-label", "editor-label",
            "logo-label", "with-word", "name-joiner", "published-cue", "updated-cue");
    /** What a {@code place} label may name after it: "De notre correspondant à Moscou". */
    private static final String AT_PLACE = "(?: à \\S+)?";

    /** A byline's opening label, with its colon and spaces ({@code lookingAt}). */
    final Pattern bylineLabel;
    /** A credit line's opening label, with its colon and spaces ({@code lookingAt}). */
    final Pattern creditLabel;
    /** A source line's opening label, with its colon and spaces ({@code lookingAt}). */
    final Pattern sourceLabel;
    /** "Editor: Wu Tian" inside a credit line; group 1 holds the names, up to a "|". */
    final Pattern editorSegment;
    /** A logo's alternative text; group 1 holds the outlet's name ({@code matches}). */
    final Pattern logo;
    /** A byline part that joins an agency: "avec AFP"; group 1 holds the agency ({@code matches}). */
    final Pattern withAgency;
    /** Where a byline splits into names: punctuation, joiners, and before "avec"/"with". */
    final Pattern nameSplit;
    final Pattern publishedCue;
    final Pattern updatedCue;
    final String sha256;

    private MetadataLabels(Map<String, List<String>> byKind, Set<String> atPlace, String sha256) {
        String with = inOrder(byKind.get("with-word"), Set.of());
        this.bylineLabel = Pattern.compile("(?iuU)^\\(?\\s*(?:" + inOrder(byKind.get("byline-label"), atPlace)
                + ")\\s*:?\\s*");
        this.creditLabel = Pattern.compile("(?iuU)^\\(?\\s*(?:" + inOrder(byKind.get("credit-label"), atPlace)
                + ")\\s*:?\\s*");
        this.sourceLabel = Pattern.compile("(?iuU)^\\(?\\s*(?:" + inOrder(byKind.get("source-label"), atPlace)
                + ")\\s*:?\\s*");
        this.editorSegment = Pattern.compile("(?iuU)\\b(?:" + inOrder(byKind.get("editor-label"), Set.of())
                + ")\\s*:\\s*([^|]+)");
        this.logo = Pattern.compile("(?iuU)^(?:" + inOrder(byKind.get("logo-label"), Set.of()) + ")\\s*:?\\s*(.+)$");
        this.withAgency = Pattern.compile("(?iuU)^(?:" + with + ")\\s+(.+)$");
        List<String> joiners = byKind.get("name-joiner").stream().map(j -> "\\b" + Pattern.quote(j) + "\\b").toList();
        this.nameSplit = Pattern.compile("(?U)\\s*(?:,|;|&|" + String.join("|", joiners) + ")\\s*|\\s+(?=(?:" + with
                + ")\\s)");
        this.publishedCue = Pattern.compile("(?iuU)\\b(?:" + inOrder(byKind.get("published-cue"), Set.of()) + ")\\b");
        this.updatedCue = Pattern.compile("(?iuU)\\b(?:" + inOrder(byKind.get("updated-cue"), Set.of()) + ")\\b");
        this.sha256 = sha256;
    }

    /** The labels shipped with Veille. */
    static MetadataLabels builtIn() {
        return from(TsvFile.resource(RESOURCE));
    }

    /** The labels of a table with the columns {@code kind}, {@code value} and {@code then}. */
    static MetadataLabels from(TsvFile table) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String k : KINDS) {
            byKind.put(k, new ArrayList<>());
        }
        Set<String> atPlace = new HashSet<>();
        for (Map<String, String> r : table.rows()) {
            String kind = r.get("kind");
            String value = r.get("value");
            List<String> values = byKind.get(kind);
            if (values == null) {
                throw new IllegalArgumentException(table.name() + ": unknown kind '" + kind + "'. Known: "
                        + KINDS.stream().sorted().toList());
            }
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(table.name() + ": a " + kind + " row has no value");
            }
            values.add(value);
            String then = r.getOrDefault("then", "");
            if (then.equals("place")) {
                atPlace.add(value);
            } else if (!then.isEmpty()) {
                throw new IllegalArgumentException(table.name() + ": '" + value + "' has then '" + then
                        + "'; only 'place' or nothing is allowed");
            }
        }
        for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException(table.name() + ": no " + e.getKey() + " row");
            }
        }
        return new MetadataLabels(byKind, atPlace, table.sha256());
    }

    /**
     * An alternation of literal phrases in the table's order (a regex alternation tries them in that order: the
     * first present wins), each of {@code atPlace} with an optional place after it.
     */
    private static String inOrder(List<String> phrases, Set<String> atPlace) {
        List<String> out = new ArrayList<>(phrases.size());
        for (String p : phrases) {
            out.add(Pattern.quote(p) + (atPlace.contains(p) ? AT_PLACE : ""));
        }
        return String.join("|", out);
    }
}

package veille.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import veille.talk.Words;

/**
 * Known talking points ({@code veille/kb/talking-points.tsv}: id, canonical French text, variants, notes) and where
 * an article carries them. A formula matches as a run of words with case, accents, apostrophes and punctuation
 * ignored ("la mentalité de guerre froide" matches "La Mentalité de guerre froide,"), in its canonical form or any
 * variant. A user's folder adds tables named {@code talking-points*.tsv} with the same columns. Immutable and
 * thread-safe.
 */
public final class TalkingPointCatalogue {
    private static final String RESOURCE = "/veille/kb/talking-points.tsv";
    private static volatile TalkingPointCatalogue builtIn;

    /** One catalogued talking point. */
    public record Entry(String id, String text, List<String> variants, String notes) {
        public Entry {
            variants = List.copyOf(variants);
        }
    }

    /**
     * A catalogued talking point found in a text.
     *
     * @param id the entry's id
     * @param start first character of the match
     * @param end one past the last
     * @param text the words as they stand in the text
     * @param canonical the entry's canonical text
     */
    public record Match(String id, int start, int end, String text, String canonical) {
    }

    private final List<Entry> entries;
    private final List<String> sha256;
    /** First folded word → (entry, folded words) of every form. */
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    private record Form(Entry entry, String[] words) {
    }

    private TalkingPointCatalogue(List<Entry> entries, List<String> sha256) {
        this.entries = List.copyOf(entries);
        this.sha256 = List.copyOf(sha256);
        for (Entry e : entries) {
            List<String> forms = new ArrayList<>();
            forms.add(e.text());
            forms.addAll(e.variants());
            for (String f : forms) {
                String[] w = Words.of(f).folded();
                if (w.length > 0) {
                    byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Form(e, w));
                }
            }
        }
        // Longest form first, so that a variant with an added word wins over a shorter form at the same place.
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    }

    /** The built-in catalogue. */
    public static TalkingPointCatalogue builtIn() {
        TalkingPointCatalogue c = builtIn;
        if (c == null) {
            synchronized (TalkingPointCatalogue.class) {
                c = builtIn;
                if (c == null) {
                    c = builtIn = fromTables(List.of(TsvFile.resource(RESOURCE)));
                }
            }
        }
        return c;
    }

    /** An empty catalogue. */
    public static TalkingPointCatalogue empty() {
        return new TalkingPointCatalogue(List.of(), List.of());
    }

    /** A catalogue of the given tables, in order; an id seen twice keeps its first row. */
    public static TalkingPointCatalogue fromTables(List<TsvFile> tables) {
        List<Entry> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (TsvFile t : tables) {
            for (Map<String, String> row : t.rows()) {
                String id = row.getOrDefault("id", "");
                String text = row.getOrDefault("text", "");
                if (id.isEmpty() || text.isEmpty()) {
                    throw new IllegalArgumentException(t.name() + ": a talking point needs an id and a text: " + row);
                }
                if (seen.contains(id)) {
                    continue;
                }
                seen.add(id);
                String variants = row.getOrDefault("variants", "");
                out.add(new Entry(id, text, variants.isEmpty() ? List.of()
                        : Arrays.stream(variants.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                        row.getOrDefault("notes", "")));
            }
        }
        return new TalkingPointCatalogue(out, tables.stream().map(TsvFile::sha256).toList());
    }

    /** This catalogue plus the rows of more tables. */
    public TalkingPointCatalogue plus(List<TsvFile> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<TsvFile> all = new ArrayList<>();
        all.add(TsvFile.resource(RESOURCE));
        all.addAll(extra);
        return fromTables(all);
    }

    /** Every entry, in table order. */
    public List<Entry> entries() {
        return entries;
    }

    /** SHA-256 of each table, in order. */
    public List<String> sha256() {
        return sha256;
    }

    /** The catalogued talking points in a text, left to right, without overlaps. */
    public List<Match> find(String text) {
        if (byFirstWord.isEmpty()) {
            return List.of();
        }
        Words w = Words.of(text);
        String[] f = w.folded();
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < f.length) {
            Form hit = null;
            for (Form form : byFirstWord.getOrDefault(f[i], List.of())) {
                if (i + form.words().length <= f.length && matchesAt(f, i, form.words())) {
                    hit = form;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            int end = i + hit.words().length;
            out.add(new Match(hit.entry().id(), w.starts()[i], w.ends()[end - 1], w.span(i, end), hit.entry().text()));
            i = end;
        }
        return out;
    }

    private static boolean matchesAt(String[] f, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!f[i + k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}

package veille.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outlets Veille knows, looked up by any spelling.
 *
 * <p>Loaded once from {@code veille/kb/outlets.tsv}; immutable and thread-safe.
 */
public final class Outlets {
    private static final String RESOURCE = "/veille/kb/outlets.tsv";
    private static volatile Outlets builtIn;

    private final List<Outlet> all;
    private final Map<String, Outlet> byKey;
    private final int longestKeyWords;
    private final String sha256;

    private Outlets(List<Outlet> all, String sha256) {
        this.all = List.copyOf(all);
        this.sha256 = sha256;
        Map<String, Outlet> keys = new HashMap<>();
        int longest = 1;
        for (Outlet o : all) {
            for (String n : names(o)) {
                String k = MatchKey.of(n);
                if (!k.isEmpty()) {
                    keys.putIfAbsent(k, o);
                    longest = Math.max(longest, k.split(" ").length);
                }
            }
        }
        this.byKey = Map.copyOf(keys);
        this.longestKeyWords = longest;
    }

    /** The built-in list. */
    public static Outlets builtIn() {
        Outlets o = builtIn;
        if (o == null) {
            synchronized (Outlets.class) {
                o = builtIn;
                if (o == null) {
                    o = builtIn = fromTable(TsvFile.resource(RESOURCE));
                }
            }
        }
        return o;
    }

    /** Outlets from a table with the columns of {@code outlets.tsv}. */
    public static Outlets fromTable(TsvFile table) {
        List<Outlet> list = new ArrayList<>();
        for (Map<String, String> r : table.rows()) {
            String aliases = r.getOrDefault("aliases", "");
            list.add(new Outlet(r.get("id"), r.get("name"), r.get("kind"), r.get("country"), r.get("state"),
                    aliases.isEmpty() ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::strip).toList()));
        }
        return new Outlets(list, table.sha256());
    }

    /** This list with the outlets of more tables added after it (a user's knowledge-base folder). */
    public Outlets plus(List<TsvFile> extra) {
        List<Outlet> merged = new ArrayList<>(all);
        StringBuilder hash = new StringBuilder(sha256);
        for (TsvFile t : extra) {
            merged.addAll(fromTable(t).all());
            hash.append('+').append(t.sha256(), 0, 16);
        }
        return new Outlets(merged, hash.toString());
    }

    /** Every outlet. */
    public List<Outlet> all() {
        return all;
    }

    /** SHA-256 of the table the outlets came from. */
    public String sha256() {
        return sha256;
    }

    /** The outlet a whole string names ("FRENCH PRESS TV", "Agence France-Presse"), if any. */
    public Optional<Outlet> find(String name) {
        return findByKey(MatchKey.of(name));
    }

    /** {@link #find} for a name already turned into its {@link MatchKey}. */
    public Optional<Outlet> findByKey(String matchKey) {
        return Optional.ofNullable(byKey.get(matchKey));
    }

    /**
     * Outlets named anywhere in a short line, longest match first, left to right, without overlaps
     * ("Xinhua | 20.09.2023 08h36" → Xinhua; "Logo Perspectives med" → Perspectives Med).
     */
    public List<Outlet> findIn(String line) {
        String key = MatchKey.of(line);
        if (key.isEmpty()) {
            return List.of();
        }
        // a match key is words joined by single spaces: a run of words is a substring, no join needed
        int[] wordStart = new int[key.length() / 2 + 2];
        int[] wordEnd = new int[wordStart.length];
        int words = 0;
        for (int at = 0; at <= key.length(); ) {
            int space = key.indexOf(' ', at);
            int end = space < 0 ? key.length() : space;
            wordStart[words] = at;
            wordEnd[words++] = end;
            at = end + 1;
        }
        List<Outlet> found = new ArrayList<>();
        int i = 0;
        while (i < words) {
            int matched = 0;
            for (int len = Math.min(longestKeyWords, words - i); len >= 1; len--) {
                Outlet o = byKey.get(key.substring(wordStart[i], wordEnd[i + len - 1]));
                if (o != null) {
                    if (!found.contains(o)) {
                        found.add(o);
                    }
                    matched = len;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    private static List<String> names(Outlet o) {
        List<String> n = new ArrayList<>();
        n.add(o.name());
        n.add(o.id());
        n.addAll(o.aliases());
        return n;
    }
}

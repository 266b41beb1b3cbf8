package veille.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places Veille knows, looked up by any spelling ("PÉKIN", "Pekin", "北京" → Beijing).
 *
 * <p>Immutable and thread-safe.
 */
public final class Places {
    private static final String RESOURCE = "/veille/kb/places.tsv";
    private static volatile Places builtIn;

    private final List<Place> all;
    private final Map<String, Place> byKey;
    private final List<String> sha256;

    private Places(List<Place> all, List<String> sha256) {
        this.all = List.copyOf(all);
        this.sha256 = List.copyOf(sha256);
        Map<String, Place> keys = new HashMap<>();
        for (Place p : all) {
            keys.putIfAbsent(MatchKey.of(p.name()), p);
            for (String a : p.aliases()) {
                keys.putIfAbsent(MatchKey.of(a), p);
            }
        }
        keys.remove("");
        this.byKey = Map.copyOf(keys);
    }

    /** The built-in table. */
    public static Places builtIn() {
        Places p = builtIn;
        if (p == null) {
            synchronized (Places.class) {
                p = builtIn;
                if (p == null) {
                    p = builtIn = fromTables(List.of(TsvFile.resource(RESOURCE)));
                }
            }
        }
        return p;
    }

    /** Places from tables with the columns of {@code places.tsv}; earlier tables win on a shared spelling. */
    public static Places fromTables(List<TsvFile> tables) {
        List<Place> list = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (TsvFile t : tables) {
            hashes.add(t.sha256());
            for (Map<String, String> r : t.rows()) {
                String aliases = r.getOrDefault("aliases", "");
                list.add(new Place(r.get("id"), r.get("name"), r.get("kind"), r.get("country"),
                        aliases.isEmpty() ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::strip).toList()));
            }
        }
        return new Places(list, hashes);
    }

    /** This table with more places added after it (a user's knowledge-base folder). */
    public Places plus(List<TsvFile> extra) {
        List<TsvFile> none = List.of();
        Places more = fromTables(extra.isEmpty() ? none : extra);
        List<Place> merged = new ArrayList<>(all);
        merged.addAll(more.all);
        List<String> hashes = new ArrayList<>(sha256);
        hashes.addAll(more.sha256);
        return new Places(merged, hashes);
    }

    /** The place a name denotes, if known. */
    public Optional<Place> find(String name) {
        return Optional.ofNullable(byKey.get(MatchKey.of(name)));
    }

    /** SHA-256 of each table the places came from, built-in first. */
    public List<String> sha256() {
        return sha256;
    }

    public List<Place> all() {
        return all;
    }
}

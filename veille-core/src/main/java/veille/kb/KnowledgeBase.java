package veille.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything Veille knows, as data: the built-in tables plus any a user drops into a folder.
 *
 * <p>A user folder ({@code --kb DIR}) may hold tables named like the built-in ones ({@code outlets*.tsv},
 * {@code places*.tsv}, {@code persons*.tsv}, {@code roles*.tsv}, {@code organizations*.tsv}, {@code misc*.tsv}, {@code talking-points*.tsv}) with the
 * same columns; their rows are added after the built-in rows. Immutable and thread-safe; the actor index is built on
 * first use.
 */
public final class KnowledgeBase {
    private static volatile KnowledgeBase builtIn;

    private final Outlets outlets;
    private final Places places;
    private final List<TsvFile> extra;
    private volatile Actors actors;
    private volatile TalkingPointCatalogue talkingPoints;

    private KnowledgeBase(Outlets outlets, Places places, List<TsvFile> extra) {
        this.outlets = outlets;
        this.places = places;
        this.extra = List.copyOf(extra);
    }

    /** The built-in tables alone. */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = builtIn;
                if (kb == null) {
                    kb = builtIn = new KnowledgeBase(Outlets.builtIn(), Places.builtIn(), List.of());
                }
            }
        }
        return kb;
    }

    /** The built-in tables plus the tables found in {@code dir}. */
    public static KnowledgeBase withFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Knowledge-base folder " + dir + " does not exist or is not a folder");
        }
        List<TsvFile> tables = tables(dir);
        return new KnowledgeBase(Outlets.builtIn().plus(named(tables, "outlets")),
                Places.builtIn().plus(named(tables, "places")), tables);
    }

    /** News outlets and agencies. */
    public Outlets outlets() {
        return outlets;
    }

    /** Places for datelines. */
    public Places places() {
        return places;
    }

    /** Persons, organisations, places, countries and initiatives, with roles and name variants. */
    public Actors actors() {
        Actors a = actors;
        if (a == null) {
            synchronized (this) {
                a = actors;
                if (a == null) {
                    a = actors = extra.isEmpty() ? Actors.builtIn() : Actors.load(extra);
                }
            }
        }
        return a;
    }

    /** Known talking points: the built-in catalogue plus the user's {@code talking-points*.tsv} tables. */
    public TalkingPointCatalogue talkingPoints() {
        TalkingPointCatalogue c = talkingPoints;
        if (c == null) {
            c = talkingPoints = TalkingPointCatalogue.builtIn().plus(named(extra, "talking-points"));
        }
        return c;
    }

    /** SHA-256 of every table in use, by name, for the provenance of each output row. */
    public Map<String, String> hashes() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("outlets", outlets.sha256());
        for (int i = 0; i < places.sha256().size(); i++) {
            out.put(i == 0 ? "places" : "places+" + i, places.sha256().get(i));
        }
        List<String> catalogue = talkingPoints().sha256();
        out.put("talking-points", catalogue.isEmpty() ? "" : catalogue.get(0));
        for (TsvFile t : extra) {
            out.put("user:" + Path.of(t.name()).getFileName(), t.sha256());
        }
        return out;
    }

    private static List<TsvFile> named(List<TsvFile> tables, String prefix) {
        return tables.stream().filter(t -> Path.of(t.name()).getFileName().toString().startsWith(prefix)).toList();
    }

    private static List<TsvFile> tables(Path dir) {
        List<TsvFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().endsWith(".tsv")) {
                    out.add(TsvFile.parse(p.toString(), Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base folder " + dir, e);
        }
        return out;
    }
}

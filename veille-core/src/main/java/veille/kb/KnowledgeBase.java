package veille.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything Veille knows, as data: the built-in tables plus any a user drops into a folder.
 *
 * <p>A user folder ({@code --kb DIR}) may hold {@code outlets*.tsv} and {@code places*.tsv} files with the columns of
 * the built-in ones; their rows are added after the built-in rows. Immutable and thread-safe.
 *
 * @param outlets news outlets and agencies
 * @param places places for datelines and stories
 */
public record KnowledgeBase(Outlets outlets, Places places) {
    /** SHA-256 of every table in use, by name, for the provenance of each output row. */
    public java.util.Map<String, String> hashes() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("outlets", outlets.sha256());
        for (int i = 0; i < places.sha256().size(); i++) {
            out.put(i == 0 ? "places" : "places+" + i, places.sha256().get(i));
        }
        return out;
    }

    /** The built-in tables alone. */
    public static KnowledgeBase builtIn() {
        return new KnowledgeBase(Outlets.builtIn(), Places.builtIn());
    }

    /** The built-in tables plus the tables found in {@code dir}. */
    public static KnowledgeBase withFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Knowledge-base folder " + dir + " does not exist or is not a folder");
        }
        return new KnowledgeBase(Outlets.builtIn().plus(tables(dir, "outlets")),
                Places.builtIn().plus(tables(dir, "places")));
    }

    private static List<TsvFile> tables(Path dir, String prefix) {
        List<TsvFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(".tsv")) {
                    out.add(TsvFile.parse(p.toString(), Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base folder " + dir, e);
        }
        return out;
    }
}

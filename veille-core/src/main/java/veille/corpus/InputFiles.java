package veille.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands a list of inputs: files as given, folders recursively (sorted, hidden files left out), "-" for stdin. */
public final class InputFiles {
    /** One input to analyse: a path, or standard input when {@code path} is null. */
    public record Item(String source, Path path) {
        /** Whether this is standard input ({@code -}). */
        public boolean isStdin() {
            return path == null;
        }
    }

    private InputFiles() {
    }

    /**
     * The inputs the arguments name, in order. Nothing is read: a missing or unreadable file is an item like any other
     * and is reported when it is analysed.
     */
    public static List<Item> expand(List<String> args) {
        List<Item> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Item("-", null));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(f -> out.add(new Item(f.toString(), f)));
                } catch (IOException | UncheckedIOException e) {
                    // An unreadable directory is reported like an unreadable file.
                    out.add(new Item(a, p));
                }
            } else {
                out.add(new Item(a, p));
            }
        }
        return out;
    }
}

package veille.stage.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a word list from the classpath: UTF-8, one entry a line, {@code #} comment lines, an optional second
 * field after a tab.
 */
final class WordList {
    private WordList() {
    }

    /**
     * The entries of a resource, in file order, each mapped to its second field ({@code ""} when absent).
     *
     * @throws IllegalStateException when the resource is missing, naming it
     */
    static Map<String, String> read(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Word list " + resource + " is not on the classpath");
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int tab = t.indexOf('\t');
                out.put(tab < 0 ? t : t.substring(0, tab).strip(), tab < 0 ? "" : t.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + resource, e);
        }
        return out;
    }
}

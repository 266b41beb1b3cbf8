package veille.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.io.InputReader;

/**
 * trafilatura's evaluation set as it is laid out on disk ({@code evaldata.json}: URL → file, {@code with} and
 * {@code without} passages; {@code html/FILE.gz}), read in place through Veille's own input reader. Scored by
 * {@link SnippetScore}.
 */
public final class SnippetSet {
    /**
     * One page.
     *
     * @param url the page's address (the key in {@code evaldata.json})
     * @param file the page's file name, as {@code evaldata.json} gives it
     * @param input the decoded HTML, or null when the page cannot be read (it is then scored as an empty text)
     * @param with passages the article's text must contain
     * @param without passages it must not contain
     */
    public record Page(String url, String file, Input input, List<String> with, List<String> without) {
        /** Whether the page counts in the French subset, as {@link SnippetScore#isFrench} decides on its passages. */
        public boolean french() {
            List<String> all = new ArrayList<>(with);
            all.addAll(without);
            return SnippetScore.isFrench(all);
        }
    }

    private SnippetSet() {
    }

    /**
     * Reads every page {@code evaldata.json} names, in its order; a page whose file is missing or unreadable keeps a
     * null input.
     *
     * @throws IOException when {@code evaldata.json} cannot be read
     */
    public static List<Page> load(Path dir) throws IOException {
        JsonNode data = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        InputReader reader = InputReader.withDefaults();
        List<Page> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            Input in = null;
            for (Path html : List.of(dir.resolve("html").resolve(file + ".gz"), dir.resolve("html").resolve(file))) {
                if (Files.isRegularFile(html)) {
                    try {
                        in = reader.read(html, html.toString(), InputFormat.HTML);
                    } catch (InputException ex) {
                        in = null;
                    }
                    break;
                }
            }
            out.add(new Page(e.getKey(), file, in, strings(e.getValue().path("with")),
                    strings(e.getValue().path("without"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

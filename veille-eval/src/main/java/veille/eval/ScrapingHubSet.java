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
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.io.InputReader;

/**
 * The ScrapingHub article-extraction benchmark as it is laid out on disk ({@code ground-truth.json} and
 * {@code html/ID.html.gz}), read in place through Veille's own input reader (gzip, charset), with what the benchmark
 * compares: each page's true article body against an extractor's body text.
 */
public final class ScrapingHubSet {
    /**
     * One benchmark page.
     *
     * @param id the page's key in {@code ground-truth.json}
     * @param url the page's address
     * @param input the decoded HTML
     * @param truth the true article body
     */
    public record Page(String id, String url, Input input, String truth) {
    }

    private ScrapingHubSet() {
    }

    /**
     * Reads every page the ground truth names and the folder holds, in ground-truth order.
     *
     * @throws IOException when {@code ground-truth.json} cannot be read
     * @throws InputException when a page cannot be read or decoded
     */
    public static List<Page> load(Path dir) throws IOException, InputException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        InputReader reader = InputReader.withDefaults();
        List<Page> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(html)) {
                continue;
            }
            Input in = reader.read(html, html.toString(), InputFormat.HTML);
            out.add(new Page(e.getKey(), e.getValue().path("url").asText(), in,
                    e.getValue().path("articleBody").asText("")));
        }
        return out;
    }

    /**
     * What the benchmark compares for an extracted document: its body blocks, one per line, without the title (the
     * benchmark's bodies have none).
     */
    public static String body(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Block b : doc.expect(Blocks.KEY).all()) {
            if (b.kind() == BlockKind.BODY) {
                sb.append(doc.text(), b.start(), b.end()).append('\n');
            }
        }
        return sb.toString();
    }
}

package veille.extract.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.extract.html.HtmlPageText;
import veille.io.TextDecoder;

/**
 * The ScrapingHub article-extraction pages turned into page text (as a person copying the whole page gets it),
 * with their ground-truth article bodies (veille-eval's ScrapingHubPageTextScore scores them).
 */
final class ScrapingHubPageText {
    record Page(String id, String url, String pageText, String truth) {
    }

    private ScrapingHubPageText() {
    }

    static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(html)) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                bytes = in.readAllBytes();
            }
            String text;
            try {
                text = TextDecoder.decode(bytes).text();
            } catch (veille.io.InputException ex) {
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            out.add(new Page(e.getKey(), e.getValue().path("url").asText(), HtmlPageText.render(text),
                    e.getValue().path("articleBody").asText("")));
        }
        return out;
    }

    /** The body paragraphs the extractor found, without the title (the benchmark's bodies have none). */
    static String body(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Block b : doc.expect(Blocks.KEY).all()) {
            if (b.kind() == BlockKind.BODY) {
                sb.append(doc.text(), b.start(), b.end()).append('\n');
            }
        }
        return sb.toString();
    }
}

package veille.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One gold analysis in the format of {@code ../shared/gold/SCHEMA.md} (the parts the extraction is scored on).
 *
 * @param doc the article file name
 * @param layout the layout family (bundled samples only; "seed" for the seeds)
 * @param title exact title line, or null
 * @param outlet outlet, or null
 * @param credits credited agencies
 * @param authors authors
 * @param published ISO or --MM-DD date, or null
 * @param dateline dateline place, or null
 * @param lang language code
 * @param bodyLines 1-based input lines that are title or body
 * @param captionLines 1-based input lines that are captions
 */
public record Gold(String doc, String layout, String title, String outlet, List<String> credits, List<String> authors,
                   String published, String dateline, String lang, Set<Integer> bodyLines, Set<Integer> captionLines) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a gold file. */
    public static Gold read(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        return new Gold(text(n, "doc"), n.hasNonNull("layout") ? n.get("layout").asText() : "seed",
                text(n, "title"), text(n, "outlet"), strings(n, "credits"), strings(n, "authors"),
                text(n, "published"), text(n, "dateline"), text(n, "lang"), ints(n, "body_lines"),
                ints(n, "caption_lines"));
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static List<String> strings(JsonNode n, String f) {
        List<String> out = new ArrayList<>();
        if (n.hasNonNull(f)) {
            n.get(f).forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static Set<Integer> ints(JsonNode n, String f) {
        Set<Integer> out = new LinkedHashSet<>();
        if (n.hasNonNull(f)) {
            n.get(f).forEach(x -> out.add(x.asInt()));
        }
        return out;
    }
}

package veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;
import veille.store.CorpusStore;

/** {@code bench ui} end to end on a tiny store of invented rows, in headless Chromium (skipped without it). */
class UiBenchTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static String row(int i) {
        String title = "Sommet régional numéro " + i;
        String text = title + "\n\nLe ministre Alain Invente a rencontré ses homologues pour un sommet régional.";
        ObjectNode r = JSON.createObjectNode();
        r.put("source", "bench/" + i + ".txt").put("input", "text").put("lang", "fr").put("title", title)
                .put("outlet", "Le Monde").put("published", "2024-0" + (1 + i % 9) + "-10").put("text", text);
        r.putArray("credits");
        r.putArray("authors");
        r.putArray("quotes");
        r.putArray("events");
        r.putArray("amounts");
        ObjectNode e = r.putArray("entities").addObject();
        e.put("id", "alain-invente").put("type", "PER").put("name", "Alain Invente").putArray("aliases").add("Alain Invente");
        int at = text.indexOf("Alain Invente");
        e.putArray("mentions").addObject().put("start", at).put("end", at + 13).put("text", "Alain Invente");
        return r.toString();
    }

    @Test
    void timesTheSearchAndEntityPagesInChromium() throws Exception {
        Assumptions.assumeTrue(UiBench.first(System.getenv("VEILLE_CHROMIUM"), UiBench.BROWSERS) != null
                && UiBench.first(System.getenv("VEILLE_CHROMEDRIVER"), UiBench.DRIVERS) != null, "no Chromium");
        try (CorpusStore store = CorpusStore.open(dir, KnowledgeBase.builtIn())) {
            for (int i = 0; i < 12; i++) {
                store.add(row(i));
            }
            store.commit();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new UiBench(dir, 2, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);
        // 0 or 1 (a target missed on a loaded machine): either way both pages were measured.
        assertThat(code).as(out).isIn(0, 1);
        assertThat(out).contains("12 articles").containsPattern("search page, first results: p50 \\d+ ms")
                .containsPattern("entity page, profile, chart, first quotes and events: p50 \\d+ ms").contains("/api/quotes p50");
    }
}

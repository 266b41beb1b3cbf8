package veille.train.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.testing.Shared;

class NerGazetteerBuilderTest {
    /** The shipped gazetteer is what the builder writes from the shared data, header included (the model hashes it). */
    @Test
    void rebuildsTheShippedGazetteerBitForBit() throws Exception {
        Path kb = Shared.shared().map(s -> s.resolve("data/kb")).orElse(null);
        assumeTrue(kb != null && Files.isDirectory(kb.resolve("petrarch2")), "../shared/data/kb is absent");
        List<String> built = NerGazetteerBuilder.build(kb);
        byte[] shipped;
        try (InputStream in = NerGazetteerBuilder.class.getResourceAsStream("/veille/kb/ner-gazetteer.tsv")) {
            shipped = in.readAllBytes();
        }
        assertThat(String.join("\n", built) + "\n").isEqualTo(new String(shipped, StandardCharsets.UTF_8));
    }

    /** The file ships in the runtime jar: its header names the data set and the command, never a path. */
    @Test
    void theHeaderNamesTheCommandAndNoPath() throws Exception {
        String header;
        try (InputStream in = NerGazetteerBuilder.class.getResourceAsStream("/veille/kb/ner-gazetteer.tsv")) {
            header = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        }
        assertThat(header).contains("veille.train.ner.NerGazetteerBuilder", "bin/veille train gazetteer")
                .doesNotContain("../shared", "veille.stage.ner");
    }
}

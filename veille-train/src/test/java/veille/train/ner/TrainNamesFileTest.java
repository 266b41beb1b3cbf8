package veille.train.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.doc.EntityType;
import veille.eval.ner.WinerCorpus;
import veille.stage.ner.NerFeatureSet;
import veille.stage.ner.NerModel;
import veille.stage.ner.TrainNames;

class TrainNamesFileTest {
    private static final WinerCorpus.Doc DOC = new WinerCorpus.Doc("2016_01_01-001.txt",
            "Les Forces démocratiques syriennes et Paris. Paris aussi.",
            List.of(new WinerCorpus.Gold(4, 34, EntityType.ORG), new WinerCorpus.Gold(38, 43, EntityType.LOC),
                    new WinerCorpus.Gold(45, 50, EntityType.ORG)));

    @Test
    void keepsEachAnnotatedNameAsMatchKeysWithAllItsTypesSorted() {
        TrainNamesFile names = TrainNamesFile.of(List.of(DOC));
        assertThat(names.size()).isEqualTo(2);
        String file = names.write("a test");
        assertThat(file).contains("# annotated in a test.\n")
                .endsWith("ORG\tforces democratiques syriennes\nORG\tparis\nLOC\tparis\n");
    }

    @Test
    void theHashIgnoresTheSource() throws Exception {
        TrainNamesFile names = TrainNamesFile.of(List.of(DOC));
        assertThat(names.sha256()).isEqualTo(sha256(names.write("").getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(sha256(names.write("a test").getBytes(StandardCharsets.UTF_8)));
    }

    /** The shipped model records the hash of the shipped names file, as written without its source. */
    @Test
    void theShippedModelRecordsTheShippedNames() throws Exception {
        String shipped;
        try (InputStream in = TrainNames.class.getResourceAsStream(TrainNames.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The file ships in the runtime jar: its header names the data set, not a path.
        assertThat(shipped).contains("# Derived from WiNER-fr annotations").doesNotContain("../shared");
        String withoutSource = shipped.replace("# annotated in WiNER-fr training months.\n", "# annotated in .\n");
        assertThat(withoutSource).isNotEqualTo(shipped);
        var model = NerModel.standard();
        assertThat(NerFeatureSet.parse(model.getManifestProperty("veille-features")).names()).isTrue();
        assertThat(model.getManifestProperty("veille-names-sha256"))
                .isEqualTo(sha256(withoutSource.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}

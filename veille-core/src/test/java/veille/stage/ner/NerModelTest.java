package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class NerModelTest {
    @Test
    void theShippedModelIsAlreadyInItsReproducibleForm() throws Exception {
        byte[] shipped;
        try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(NerModel.deterministic(NerModel.fromBytes(shipped))).isEqualTo(shipped);
    }

    @Test
    void theShippedModelRecordsItsFeaturesAndLexicon() {
        var model = NerModel.standard();
        assertThat(model.getManifestProperty(NerFinderFactory.FEATURES)).isNotBlank();
        assertThat(model.getManifestProperty(NerFinderFactory.LEXICON_SHA)).isEqualTo(NerLexicon.standard().sha256());
    }

    @Test
    void theShippedModelReadsTheTrainingNamesItWasTrainedWith() {
        var model = NerModel.standard();
        assertThat(NerFeatureSet.parse(model.getManifestProperty(NerFinderFactory.FEATURES)))
                .isEqualTo(new NerFeatureSet(true, false, true, true));
        // That the hash is the shipped names file's is checked where that file is written (veille-train's
        // TrainNamesFileTest).
        assertThat(model.getManifestProperty(NerFinderFactory.NAMES_SHA)).matches("[0-9a-f]{64}");
    }
}

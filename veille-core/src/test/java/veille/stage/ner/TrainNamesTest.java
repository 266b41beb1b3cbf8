package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file form of the training names as the run time reads it (veille-train's TrainNamesFileTest writes it). */
class TrainNamesTest {
    private static final String FILE = "# Veille NER training names: a comment\n"
            + "ORG\tforces democratiques syriennes\nORG\tparis\nLOC\tparis\nMISC\tailleurs\nno tab here\n";

    @Test
    void readsEachNameWithAllItsTypesAndSkipsCommentsAndUnknownTypes() {
        TrainNames names = TrainNames.parse(FILE.getBytes(StandardCharsets.UTF_8));
        assertThat(names.size()).isEqualTo(2);
        assertThat(names.phraseTypes("forces democratiques syriennes")).isEqualTo(0b010);
        assertThat(names.phraseTypes("paris")).isEqualTo(0b110);
        assertThat(names.phraseTypes("ailleurs")).isZero();
        assertThat(names.phraseTypes("lyon")).isZero();
    }

    @Test
    void aRowWhoseTypeIsNoEntityTypeIsAnError() {
        byte[] file = "PERSON\tparis\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TrainNames.parse(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown entity type 'PERSON'");
    }

    @Test
    void theShippedNamesAreRead() {
        assertThat(TrainNames.standard().size()).isGreaterThan(1000);
        assertThat(TrainNames.standard().phraseTypes("paris")).isNotZero();
    }
}

package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainNamesTest {
    private static final WinerCorpus.Doc DOC = new WinerCorpus.Doc("2016_01_01-001.txt",
            "Les Forces démocratiques syriennes et Paris. Paris aussi.",
            List.of(new WinerCorpus.Gold(4, 34, "ORG"), new WinerCorpus.Gold(38, 43, "LOC"),
                    new WinerCorpus.Gold(45, 50, "ORG")));

    @Test
    void keepsEachAnnotatedNameAsMatchKeysWithAllItsTypes() {
        TrainNames names = TrainNames.of(List.of(DOC));
        assertThat(names.size()).isEqualTo(2);
        assertThat(names.phraseTypes("forces democratiques syriennes")).isEqualTo(0b010);
        assertThat(names.phraseTypes("paris")).isEqualTo(0b110);
        assertThat(names.phraseTypes("lyon")).isZero();
    }

    @Test
    void theFileFormReadsBackAndIsSorted() {
        TrainNames names = TrainNames.of(List.of(DOC));
        String file = names.write("a test");
        assertThat(file).endsWith("ORG\tforces democratiques syriennes\nORG\tparis\nLOC\tparis\n");
        TrainNames back = TrainNames.parse(file.getBytes(StandardCharsets.UTF_8));
        assertThat(back.phraseTypes("paris")).isEqualTo(0b110);
        assertThat(back.sha256()).isEqualTo(names.sha256());
    }
}

package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerFeatureSetTest {
    @Test
    void readsAndWritesTheManifestForm() {
        assertThat(NerFeatureSet.parse("base")).isEqualTo(NerFeatureSet.BASE);
        assertThat(NerFeatureSet.parse(null)).isEqualTo(NerFeatureSet.BASE);
        assertThat(NerFeatureSet.parse("base+gazetteer")).isEqualTo(new NerFeatureSet(true, false, false, false));
        NerFeatureSet all = new NerFeatureSet(true, true, true, true);
        assertThat(all.toString()).isEqualTo("base+gazetteer+clusters+document+names");
        assertThat(NerFeatureSet.parse(all.toString())).isEqualTo(all);
    }
}

package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class PrefixSharingModelTest {
    private static final List<String> SENTENCES = List.of(
            "Le ministre Jean Dupont a rencontré mardi à Lyon les représentants de la société Acme Industries .",
            "« Nous ne céderons pas » , a déclaré Marie Durand , porte-parole du syndicat CGT , devant l' usine .",
            "Selon l' Organisation des Nations unies , la Commission européenne et la Banque mondiale , rien ne change .",
            "Paris , Berlin et Rome ont rappelé leurs ambassadeurs après l' expulsion de trois diplomates russes .",
            "Il pleut .",
            "Le président Emmanuel Macron et la chancelière Angela Merkel se sont entretenus avec Vladimir Poutine .");

    @Test
    void findsTheSameNamesWithTheSameProbabilitiesAsOpenNlp() throws Exception {
        TokenNameFinderModel plain;
        try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
            plain = new TokenNameFinderModel(in);
        }
        TokenNameFinderModel sharing = NerModel.standard();
        assertThat(sharing.getNameFinderSequenceModel()).isNotNull();
        NameFinderME expected = new NameFinderME(plain);
        NameFinderME actual = new NameFinderME(sharing);
        int found = 0;
        for (int round = 0; round < 2; round++) {
            for (String s : SENTENCES) {
                String[] tokens = s.split(" ");
                Span[] e = expected.find(tokens);
                Span[] a = actual.find(tokens);
                assertThat(a).as(s).containsExactly(e);
                assertThat(actual.probs()).as(s).containsExactly(expected.probs());
                found += e.length;
            }
            expected.clearAdaptiveData();
            actual.clearAdaptiveData();
        }
        assertThat(found).isPositive();
    }

    @Test
    void theHypothesesOfAStepShareTheirFeatureSums() throws Exception {
        opennlp.tools.ml.BeamSearch beam = (opennlp.tools.ml.BeamSearch) NerModel.standard().getNameFinderSequenceModel();
        java.lang.reflect.Field f = opennlp.tools.ml.BeamSearch.class.getDeclaredField("model");
        f.setAccessible(true);
        assertThat(f.get(beam)).isInstanceOf(PrefixSharingModel.class);
        PrefixSharingModel model = (PrefixSharingModel) f.get(beam);
        String[] tokens = SENTENCES.get(0).split(" ");
        opennlp.tools.namefind.NameContextGenerator cg = NerModel.standard().getFactory().createContextGenerator();
        beam.bestSequence(tokens, new Object[0], cg, (i, seq, outcomes, out) -> true);
        // the first hypothesis of each token computes, the others reuse
        assertThat(model.reused).isGreaterThan(model.calls / 2);
    }
}

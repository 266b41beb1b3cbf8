package veille.train.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import veille.eval.syntax.TinyTreebank;
import veille.eval.syntax.UdParseEvaluation;
import veille.eval.syntax.UdSentence;
import veille.stage.syntax.SyntaxModel;

class SyntaxTrainerTest {
    private static byte[] bytes(SyntaxModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void learnsTheTinyTreebankItWasTrainedOn() {
        SyntaxModel model = TinyTraining.model();
        UdParseEvaluation.Scores s = UdParseEvaluation.score(model, TinyTreebank.sentences());
        assertThat(s.tokens()).isEqualTo(50);
        // averaged weights after a few passes over 50 tokens may still miss one
        assertThat(s.upos()).isGreaterThanOrEqualTo(0.98);
        assertThat(s.feats()).isGreaterThanOrEqualTo(0.96);
        assertThat(s.lemma()).isEqualTo(1.0);
        assertThat(s.las()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void trainingTwiceGivesTheSameBytes() throws IOException {
        List<UdSentence> data = TinyTreebank.sentences();
        byte[] first = bytes(SyntaxTrainer.train(data, TinyTraining.settings(2), "p"));
        byte[] second = bytes(SyntaxTrainer.train(data, TinyTraining.settings(2), "p"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void repeatsOfOneAreTheUnweightedTrainingAndOtherRepeatsWeighSentences() throws IOException {
        List<UdSentence> data = TinyTreebank.sentences();
        int[] ones = new int[data.size()];
        java.util.Arrays.fill(ones, 1);
        byte[] plain = bytes(SyntaxTrainer.train(data, TinyTraining.settings(2), "p"));
        assertThat(bytes(SyntaxTrainer.train(data, ones, TinyTraining.settings(2), "p"))).isEqualTo(plain);
        int[] twice = ones.clone();
        twice[0] = 2;
        byte[] weighted = bytes(SyntaxTrainer.train(data, twice, TinyTraining.settings(2), "p"));
        assertThat(weighted).isNotEqualTo(plain);
        assertThat(bytes(SyntaxTrainer.train(data, twice, TinyTraining.settings(2), "p"))).isEqualTo(weighted);
    }

    @Test
    void trainingFilesNameTheirRepeats() {
        assertThat(SyntaxTrainer.TrainFile.parse("fr_sequoia-ud-train.conllu:2"))
                .isEqualTo(new SyntaxTrainer.TrainFile("fr_sequoia-ud-train.conllu", 2));
        assertThat(SyntaxTrainer.TrainFile.parse("fr_gsd-ud-dev.conllu"))
                .isEqualTo(new SyntaxTrainer.TrainFile("fr_gsd-ud-dev.conllu", 1));
        assertThat(new SyntaxTrainer.TrainFile("a.conllu", 3)).hasToString("a.conllu:3");
    }

    @Test
    void aModelReadBackAnalysesAsTheOneWritten() throws IOException {
        SyntaxModel model = TinyTraining.model();
        SyntaxModel read = SyntaxModel.read(new ByteArrayInputStream(bytes(model)));
        assertThat(bytes(read)).isEqualTo(bytes(model));
        assertThat(read.provenance()).isEqualTo("tiny test model");
        for (UdSentence s : TinyTreebank.sentences()) {
            SyntaxModel.Analysis a = model.analyze(s.forms());
            SyntaxModel.Analysis b = read.analyze(s.forms());
            for (int i = 0; i < s.size(); i++) {
                assertThat(b.head(i)).isEqualTo(a.head(i));
                assertThat(b.relation(i)).isEqualTo(a.relation(i));
                assertThat(b.lemma(i)).isEqualTo(a.lemma(i));
            }
        }
    }

    @Test
    void unknownWordsGetLemmasFromLearnedSuffixRules() {
        SyntaxModel model = TinyTraining.model();
        // "rencontré" -> "rencontrer" and "occupé" -> "occuper" teach "é" -> "er" for participles
        SyntaxModel.Analysis a = model.analyze(new String[] {"Il", "a", "signé", "."});
        assertThat(a.upos(2)).isEqualTo("VERB");
        assertThat(a.lemma(2)).isEqualTo("signer");
    }

    @Test
    void theLicenceOfEachTreebankIsKnown() {
        assertThat(SyntaxTrainer.licence("fr_sequoia-ud-train.conllu")).isEqualTo("LGPL-LR");
        assertThat(SyntaxTrainer.licence("fr_gsd-ud-dev.conllu")).isEqualTo("CC BY-SA 4.0");
        assertThat(SyntaxTrainer.licence("fr_parisstories-ud-train.conllu")).isEqualTo("CC BY-SA 4.0");
    }
}

package veille.stage.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.pipeline.Pipeline;

class TokenizeStageTest {
    private static Document doc(String text) {
        return Document.of(Input.ofText("t", text, InputFormat.PLAIN), text);
    }

    @Test
    void declaresItsNameAndTheTwoLayersItAdds() {
        TokenizeStage stage = new TokenizeStage();
        assertThat(stage.name()).isEqualTo("tokenize");
        assertThat(stage.requires()).isEmpty();
        assertThat(stage.produces()).containsExactlyInAnyOrder("tokens", "sentences");
    }

    @Test
    void addsSortedTokensAndSentencesThatStopAtParagraphBreaks() {
        String text = "Pékin et Moscou\n\nM. Wang l'a dit. « Pourquoi ? » a-t-il demandé.";
        Document out = Pipeline.of(Set.of(), List.of(new TokenizeStage())).apply(doc(text));
        assertThat(out.layer(Sentence.LAYER).stream().map(out::textOf)).containsExactly(
                "Pékin et Moscou", "M. Wang l'a dit.", "« Pourquoi ? » a-t-il demandé.");
        assertThat(out.layer(Token.LAYER).stream().map(out::textOf)).startsWith(
                "Pékin", "et", "Moscou", "M.", "Wang", "l'", "a", "dit", ".", "«");
        assertThat(out.text()).isEqualTo(text);
    }

    @Test
    void anEmptyDocumentGetsEmptyLayers() {
        Document out = new TokenizeStage().apply(doc(""));
        assertThat(out.hasLayer(Token.LAYER)).isTrue();
        assertThat(out.layer(Token.LAYER)).isEmpty();
        assertThat(out.layer(Sentence.LAYER)).isEmpty();
    }
}

package veille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.SyntaxToken;
import veille.doc.Token;
import veille.extract.Extractor;
import veille.pipeline.Pipeline;
import veille.pipeline.Stage;

class StagesTest {
    @Test
    void theStandardStagesFormAValidPipelineInRegistryOrder() {
        Pipeline p = Pipeline.of(Extractor.PRODUCES, Stages.standard());
        assertThat(p.names()).containsExactly("language", "tokenize", "syntax", "ner", "entities", "quotes", "events",
                "talking-points");
    }

    @Test
    void anUnknownStageNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Stages.named(List.of("nre")))
                .hasMessage("No stage 'nre'. Known: language, tokenize, syntax, ner, entities, quotes, events, talking-points");
    }

    @Test
    void namedStagesKeepTheRegistryOrder() {
        assertThat(Stages.named(List.of("tokenize", "language")).stream().map(Stage::name).toList())
                .containsExactly("language", "tokenize");
        assertThat(Stages.names()).containsExactly("language", "tokenize", "syntax", "ner", "entities", "quotes", "events",
                "talking-points");
    }

    @Test
    void theStandardPipelineParsesOnlySentencesThatMayHoldAQuoteOrAnEvent() {
        Document doc = Analyzer.standard().analyze(Input.ofText("t",
                "Le ministre a déclaré que le projet avançait. Il pleuvait sur la ville. "
                        + "Les deux dirigeants se sont rencontrés à Genève.", InputFormat.PLAIN));
        List<SyntaxToken> syntax = doc.layer(SyntaxToken.LAYER);
        assertThat(syntax).hasSameSizeAs(doc.layer(Token.LAYER));
        assertThat(parsed(doc, syntax, "déclaré")).isTrue();
        assertThat(parsed(doc, syntax, "pleuvait")).isFalse();
        assertThat(parsed(doc, syntax, "rencontrés")).isTrue();
        SyntaxToken rain = syntax.stream().filter(t -> doc.textOf(t).equals("pleuvait")).findFirst().orElseThrow();
        assertThat(rain.isRoot()).isFalse();
        assertThat(rain.lemma()).isEmpty();
    }

    private static boolean parsed(Document doc, List<SyntaxToken> syntax, String word) {
        return syntax.stream().filter(t -> doc.textOf(t).equals(word)).findFirst().orElseThrow().parsed();
    }

    @Test
    void syntaxCanBeSelectedByName() {
        Pipeline p = Pipeline.of(Extractor.PRODUCES, Stages.named(List.of("syntax", "tokenize", "language")));
        assertThat(p.names()).containsExactly("language", "tokenize", "syntax");
        assertThat(Stages.all(veille.kb.KnowledgeBase.builtIn()).stream().map(Stage::name).toList())
                .isEqualTo(Stages.names());
    }
}

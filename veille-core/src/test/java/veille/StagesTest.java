package veille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import veille.extract.Extractor;
import veille.pipeline.Pipeline;
import veille.pipeline.Stage;

class StagesTest {
    @Test
    void theStandardStagesFormAValidPipelineInRegistryOrder() {
        Pipeline p = Pipeline.of(Extractor.PRODUCES, Stages.standard());
        assertThat(p.names()).containsExactly("language", "tokenize", "ner", "entities", "quotes", "events");
    }

    @Test
    void anUnknownStageNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Stages.named(List.of("nre")))
                .hasMessage("No stage 'nre'. Known: language, tokenize, syntax, ner, entities, quotes, events");
    }

    @Test
    void namedStagesKeepTheRegistryOrder() {
        assertThat(Stages.named(List.of("tokenize", "language")).stream().map(Stage::name).toList())
                .containsExactly("language", "tokenize");
        assertThat(Stages.names()).containsExactly("language", "tokenize", "syntax", "ner", "entities", "quotes", "events");
    }

    @Test
    void syntaxIsSelectedByNameButNotInTheStandardPipeline() {
        assertThat(Stages.standard().stream().map(Stage::name)).doesNotContain("syntax");
        Pipeline p = Pipeline.of(Extractor.PRODUCES, Stages.named(List.of("syntax", "tokenize", "language")));
        assertThat(p.names()).containsExactly("language", "tokenize", "syntax");
        assertThat(Stages.all(veille.kb.KnowledgeBase.builtIn()).stream().map(Stage::name).toList())
                .isEqualTo(Stages.names());
    }
}

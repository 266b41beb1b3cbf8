package veille.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;

class PipelineTest {
    private static Stage stage(String name, Set<String> requires, Set<String> produces) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> requires() {
                return requires;
            }

            @Override
            public Set<String> produces() {
                return produces;
            }

            @Override
            public Document apply(Document doc) {
                return doc;
            }
        };
    }

    @Test
    void aStageWhoseInputNoEarlierStageProducesIsRefusedWhenThePipelineIsBuilt() {
        assertThatThrownBy(() -> Pipeline.of(Set.of("blocks"),
                List.of(stage("ner", Set.of("tokens"), Set.of("entities")), stage("tokenize", Set.of(), Set.of("tokens")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Stage 'ner' requires 'tokens', which no earlier stage produces. Earlier: []");
    }

    @Test
    void aStageThatChangesTheTextIsCaught() {
        Stage rogue = new Stage() {
            @Override
            public String name() {
                return "rogue";
            }

            @Override
            public Set<String> requires() {
                return Set.of();
            }

            @Override
            public Set<String> produces() {
                return Set.of();
            }

            @Override
            public Document apply(Document doc) {
                return Document.of(doc.input(), doc.text() + "!");
            }
        };
        Document d = Document.of(Input.ofText("x", "a", InputFormat.PLAIN), "a");
        assertThatThrownBy(() -> Pipeline.of(Set.of(), List.of(rogue)).apply(d))
                .hasMessage("Stage 'rogue' changed the text of x");
    }
}

package veille.stage.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.Language;
import veille.pipeline.Pipeline;

/** The language stage sets the language fact and nothing else. */
class LanguageStageTest {
    private static final LanguageStage STAGE = new LanguageStage();

    private static Document doc(String text) {
        return Document.of(Input.ofText("test", text, InputFormat.TEXT), text);
    }

    @Test
    void frenchArticleGetsFrench() {
        Document out = STAGE.apply(doc("Le président chinois Xi Jinping a reçu mercredi Mikhaïl Michoustine."));
        assertThat(out.expect(Language.KEY).code()).isEqualTo("fr");
        assertThat(out.expect(Language.KEY).isFrench()).isTrue();
    }

    @Test
    void stageDeclaresItsNameAndFact() {
        assertThat(STAGE.name()).isEqualTo("language");
        assertThat(STAGE.requires()).isEmpty();
        assertThat(STAGE.produces()).containsExactly("language");
    }

    @Test
    void stageFitsAtTheHeadOfAPipeline() {
        assertThat(STAGE.requires()).isEmpty();
        assertThat(Pipeline.of(Set.of(), List.of(STAGE)).names()).containsExactly("language");
    }

    @Test
    void emptyDocumentIsUndetermined() {
        assertThat(STAGE.apply(doc("")).expect(Language.KEY)).isEqualTo(Language.UNDETERMINED);
    }

    @Property
    void textIsUnchangedAndOnlyTheLanguageIsAdded(@ForAll @StringLength(max = 200) String text) {
        Document in = doc(text);
        Document out = STAGE.apply(in);
        assertThat(out.text()).isEqualTo(text);
        assertThat(out.layers()).isEqualTo(in.layers());
        assertThat(out.produced()).containsExactly("language");
    }
}

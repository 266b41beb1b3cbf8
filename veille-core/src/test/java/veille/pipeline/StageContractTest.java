package veille.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import veille.Stages;
import veille.doc.Annotation;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.Layer;

/**
 * The contract every registered stage keeps (after Lucene's BaseTokenStreamTestCase): the text is unchanged, it
 * writes only what it declares, spans are in bounds and sorted, an empty document works, random text never throws.
 */
class StageContractTest {
    static Stream<Stage> stages() {
        return Stages.standard().stream();
    }

    private static final List<String> TEXTS = List.of(
            "",
            "Beijing - La Chine a réaffirmé, mercredi, son engagement.\n\n« La coopération ne vise aucune tierce partie », a-t-il dit.",
            "M. Wang a félicité la partie russe. Sergue? Lavrov a répondu.",
            "\u00a0\u202f…«»“”—\t\n\n\n",
            "The Foreign Minister met his counterpart on Tuesday. Москва. 北京。");

    @ParameterizedTest
    @MethodSource("stages")
    void keepsTheTextAndWritesOnlyWhatItDeclares(Stage stage) {
        for (String text : TEXTS) {
            Document before = Document.of(Input.ofText("t", text, InputFormat.PLAIN), text);
            Document after = stage.apply(before);
            assertThat(after.text()).isEqualTo(text);
            Set<String> added = new HashSet<>(after.produced());
            added.removeAll(before.produced());
            assertThat(stage.produces()).containsAll(added);
            for (Layer<?> layer : after.layers().values()) {
                int prevStart = -1;
                for (Annotation a : layer.items()) {
                    assertThat(a.start()).isBetween(0, text.length());
                    assertThat(a.end()).isBetween(a.start(), text.length());
                    assertThat(a.start()).isGreaterThanOrEqualTo(prevStart);
                    prevStart = a.start();
                }
            }
        }
    }

    @Property(tries = 200)
    void randomTextNeverThrows(@ForAll @StringLength(max = 300) String text) {
        Document d = Document.of(Input.ofText("r", text, InputFormat.PLAIN), text);
        for (Stage s : Stages.standard()) {
            d = s.apply(d);
        }
        assertThat(d.text()).isEqualTo(text);
    }
}

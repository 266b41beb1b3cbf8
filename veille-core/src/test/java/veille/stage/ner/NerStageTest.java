package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import veille.doc.Document;
import veille.doc.EntityMention;
import veille.doc.EntityType;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.pipeline.Pipeline;
import veille.stage.tokenize.TokenizeStage;

class NerStageTest {
    private static final NerStage NER = new NerStage();
    private static final Pipeline PIPELINE = Pipeline.of(Set.of(), List.of(new TokenizeStage(), NER));

    private static Document run(String text) {
        return PIPELINE.apply(Document.of(Input.ofText("t", text, InputFormat.PLAIN), text));
    }

    private static List<EntityMention> mentions(String text) {
        return run(text).layer(EntityMention.LAYER);
    }

    @Test
    void declaresItsNameWhatItReadsAndWhatItAdds() {
        assertThat(NER.name()).isEqualTo("ner");
        assertThat(NER.requires()).containsExactlyInAnyOrder("tokens", "sentences");
        assertThat(NER.produces()).containsExactly("mentions");
    }

    @Test
    void findsPeopleAndPlacesInADiplomaticSentence() {
        String text = "Le président russe Vladimir Poutine a reçu mardi à Moscou le ministre chinois Wang Yi.";
        assertThat(mentions(text)).extracting(EntityMention::start, EntityMention::end, EntityMention::type,
                m -> m.textIn(text), EntityMention::source).containsExactly(
                tuple(19, 35, EntityType.PER, "Vladimir Poutine", "model"),
                tuple(51, 57, EntityType.LOC, "Moscou", "model"),
                tuple(78, 85, EntityType.PER, "Wang Yi", "model"));
    }

    @Test
    void findsAnOrganisationAndACountryAfterElisions() {
        String text = "La chancelière Angela Merkel a rencontré les dirigeants de l'Union européenne à Bruxelles.";
        assertThat(mentions(text)).extracting(m -> m.textIn(text), EntityMention::type).containsExactly(
                tuple("Angela Merkel", EntityType.PER), tuple("Union européenne", EntityType.ORG),
                tuple("Bruxelles", EntityType.LOC));
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // 1 MB through the model, 10 to 15 s; -DexcludedGroups=slow skips it
    void aRunOnSentenceOfAnyLengthIsReadWindowByWindow() {
        // 230,000 tokens with no full stop, the case of issue 13: the beam search's summed log-probability fell
        // under OpenNLP's floor and it failed with "bestSequence is null".
        String text = "Le ministre a dit que ".repeat(46_000) + "Angela Merkel est arrivée à Bruxelles.";
        List<EntityMention> found = mentions(text);
        assertThat(found).extracting(m -> m.textIn(text), EntityMention::type).contains(
                tuple("Angela Merkel", EntityType.PER), tuple("Bruxelles", EntityType.LOC));
    }

    @Test
    void windowsCoverASentenceAndCutAfterACommaOrBetweenLowerCaseWords() {
        String[] words = ("a b , C D e f g h i j").split(" ");
        assertThat(NerStage.windows(words, 4)).extracting(w -> w[0], w -> w[1])
                .containsExactly(tuple(0, 3), tuple(3, 6), tuple(6, 9), tuple(9, 11));
        assertThat(NerStage.windows(words, 100)).extracting(w -> w[0], w -> w[1]).containsExactly(tuple(0, 11));
        String[] names = "A B C D E F G".split(" ");
        assertThat(NerStage.windows(names, 3)).extracting(w -> w[1]).containsExactly(3, 6, 7);
    }

    @Test
    void mentionsHaveScoresBetweenZeroAndOne() {
        assertThat(mentions("Le Premier ministre Theresa May est arrivée à Londres."))
                .isNotEmpty().allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    }

    @Test
    void anEmptyDocumentGetsAnEmptyLayer() {
        Document out = run("");
        assertThat(out.hasLayer(EntityMention.LAYER)).isTrue();
        assertThat(out.layer(EntityMention.LAYER)).isEmpty();
    }

    @Test
    void keepsTheTextAndWritesOnlyTheMentionsLayer() {
        String text = "Pékin et Moscou\n\nM. Wang l'a dit. « Pourquoi ? » a-t-il demandé à Sergueï Lavrov.";
        Document before = new TokenizeStage().apply(Document.of(Input.ofText("t", text, InputFormat.PLAIN), text));
        Document after = NER.apply(before);
        assertThat(after.text()).isEqualTo(text);
        assertThat(after.layers().keySet()).containsExactlyInAnyOrder("tokens", "sentences", "mentions");
        assertThat(after.layer(veille.doc.Token.LAYER)).isEqualTo(before.layer(veille.doc.Token.LAYER));
        int prev = -1;
        for (EntityMention m : after.layer(EntityMention.LAYER)) {
            assertThat(m.start()).isGreaterThanOrEqualTo(Math.max(prev, 0));
            assertThat(m.end()).isBetween(m.start() + 1, text.length());
            prev = m.end();
        }
    }

    @Test
    void givesTheSameAnswerFromManyThreadsAtOnce() {
        String text = "Le ministre français des Affaires étrangères Jean-Yves Le Drian s'est rendu à Pékin.";
        List<EntityMention> expected = mentions(text);
        List<List<EntityMention>> all = IntStream.range(0, 64).parallel().mapToObj(i -> mentions(text)).toList();
        assertThat(all).allSatisfy(l -> assertThat(l).isEqualTo(expected));
    }

    @Property(tries = 100)
    void randomTextNeverThrows(@ForAll @StringLength(max = 300) String text) {
        assertThat(run(text).text()).isEqualTo(text);
    }
}

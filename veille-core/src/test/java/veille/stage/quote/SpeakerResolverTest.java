package veille.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.EntityType;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.kb.Actors;
import veille.Stages;

/** Speaker resolution on its own: each cue of a short invented article and who speaks for it. */
class SpeakerResolverTest {
    /** Every stage before the quotes. */
    private static final Analyzer BEFORE_QUOTES = Analyzer.withStages(veille.kb.KnowledgeBase.builtIn(),
            Stages.named(List.of("language", "tokenize", "ner", "entities")));

    /** "cue words => speaker name" for each cue of {@code text}, in text order ("-" when no speaker). */
    static List<String> speakers(String text) {
        QuoteText t = new QuoteText(BEFORE_QUOTES.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN)));
        QuoteCues cues = QuoteCues.builtIn();
        List<Cue> bounded = new ClauseBounds(t).bound(new CueFinder(t, cues).find());
        return new SpeakerResolver(t, Actors.builtIn(), cues).resolve(bounded).stream()
                .map(c -> t.text.substring(c.verbStart(), c.verbEnd()) + " => "
                        + (c.speaker() == null ? "-" : c.speaker().name()))
                .toList();
    }

    @Test
    void aNamedSubjectSpeaks() {
        assertThat(speakers("Wang Yi a déclaré que la coopération progresse."))
                .containsExactly("déclaré => Wang Yi");
    }

    @Test
    void aPronounIsTheLastSpeakerOfItsGender() {
        assertThat(speakers("Wang Yi a déclaré que le dialogue continue. Mao Ning a affirmé que rien n'est exclu. "
                + "Il a ajouté que la paix est possible."))
                .containsExactly("déclaré => Wang Yi", "affirmé => Mao Ning", "ajouté => Wang Yi");
    }

    @Test
    void aPronounWithNoSpeakerYetIsThePersonLastNamed() {
        assertThat(speakers("Sergueï Lavrov est arrivé à Pékin. Il a déclaré que le dialogue continue."))
                .containsExactly("déclaré => Sergey Lavrov");
    }

    @Test
    void aParticipleBorrowsTheSpeakerOfItsSentence() {
        assertThat(speakers("Wang Yi a déclaré que la paix est possible, soulignant que le dialogue continue."))
                .containsExactly("déclaré => Wang Yi", "soulignant => Wang Yi");
    }

    @Test
    void anUnknownDescriptionSpeaksForItself() {
        assertThat(speakers("La chaîne de télévision nationale chinoise a indiqué que les deux pays avancent."))
                .containsExactly("indiqué => chaîne de télévision nationale chinoise");
    }

    @Test
    void aDescriptionWrittenEarlierWithANameInAppositionIsThatPerson() {
        assertThat(speakers("Le ministre chinois des Affaires étrangères, Wang Yi, est arrivé à Moscou. "
                + "Le ministre chinois des Affaires étrangères a déclaré que le dialogue continue."))
                .containsExactly("déclaré => Wang Yi");
    }

    @Test
    void theHistoryGivesTheLastSpeakerBeforeAPositionThatPassesATest() {
        SpeakerHistory h = new SpeakerHistory();
        Speaker wang = new Speaker("wang-yi", "Wang Yi", EntityType.PER, "m", "CN");
        Speaker mao = new Speaker("mao-ning", "Mao Ning", EntityType.PER, "f", "CN");
        Speaker tass = new Speaker(null, "TASS", EntityType.ORG, "", "");
        h.remember(10, wang);
        h.remember(50, tass);
        h.remember(30, mao);
        h.remember(70, null);
        assertThat(h.lastBefore(60)).isEqualTo(tass);
        assertThat(h.lastBefore(50)).isEqualTo(mao);
        assertThat(h.lastBefore(10)).isNull();
        assertThat(h.lastBefore(60, "men", s -> s.gender().equals("m"))).isEqualTo(wang);
        h.remember(55, new Speaker("li-qiang", "Li Qiang", EntityType.PER, "m", "CN"));
        assertThat(h.lastBefore(60, "men", s -> s.gender().equals("m")).name()).isEqualTo("Li Qiang");
    }
}

package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static veille.stage.event.EventRealTextTest.events;
import static veille.stage.event.EventRealTextTest.names;
import static veille.stage.event.EventRealTextTest.ofType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veille.doc.Event;

/**
 * Issue 13, part 4: what names no occurrence (a noun asked for or ended, a verbal act named by a noun with no
 * actor, a passive with no agent, a judgement under a verb of opinion, leaving a city, support of an idea, a bare
 * "a-t-il demandé"), "proposer" and "presser X à" as requests, one
 * agreement per conjunct, a clause's own actors, and the day an undated sentence takes from the one before it.
 * Invented sentences.
 */
class EventOccurrenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La Norvège demande des négociations avec la Suède.                               | CONSULT
            La levée des sanctions contre la Norvège a surpris la Finlande.                  | SANCTION
            Les menaces étrangères pèsent sur la campagne électorale en Norvège.             | THREATEN
            Le plan de la Norvège a été rejeté mardi.                                        | REJECT
            Les syndicats ont estimé que la Norvège avait fait des concessions à la Suède.   | CONCEDE
            Des milliers de civils ont quitté Lyon samedi.                                   | RETREAT
            La Russie a proposé le déploiement de casques bleus à l'ONU.                     | MOBILIZE
            La Suède et la Norvège soutiennent une interprétation différente du traité.      | SUPPORT
            Le ministre suédois Olof Palme est arrivé mardi à Oslo. « Pourquoi la Norvège refuse-t-elle ? » , a-t-il demandé. | REQUEST
            """)
    void namesNoOccurrence(String text, String type) {
        assertThat(ofType(text, type.strip())).as("%s in %s: %s", type, text, events(text)).isEmpty();
    }

    @Test
    void anAllegationAccusesTheReportedClausesSubject() {
        List<Event> found = ofType("La Norvège prétend que la Suède a fermé la frontière pendant la nuit.", "ACCUSE");
        assertThat(found).as("%s", events("La Norvège prétend que la Suède a fermé la frontière pendant la nuit."))
                .hasSize(1);
        assertThat(names(found.getFirst())).contains("Norway", "Sweden");
        // a claim of a right or a role names no one accused
        assertThat(ofType("Le ministre prétend à la présidence du parti.", "ACCUSE")).isEmpty();
    }

    @Test
    void aPersonNamedFarBackStandsInOnlyForAPronoun() {
        String before = "Le ministre suédois Olof Palme est arrivé mardi à Oslo. La météo était clémente. "
                + "Les rues de la capitale étaient calmes. ";
        String far = before + "La Norvège a rejeté mercredi la proposition de paix.";
        List<Event> rejected = ofType(far, "REJECT");
        assertThat(rejected).as("%s", events(far)).isNotEmpty();
        assertThat(rejected).allSatisfy(e -> assertThat(names(e)).doesNotContain("Olof Palme"));
        String pronoun = before + "Il a rejeté mercredi la proposition de la Norvège.";
        List<Event> his = ofType(pronoun, "REJECT");
        assertThat(his).as("%s", events(pronoun)).hasSize(1);
        assertThat(names(his.getFirst())).contains("Olof Palme");
    }

    @Test
    void aRequestedNegotiationIsTheRequest() {
        List<Event> found = ofType("La Norvège demande des négociations avec la Suède.", "REQUEST");
        assertThat(found).hasSize(1);
        assertThat(names(found.getFirst())).contains("Norway");
    }

    @Test
    void toProposeIsToRequest() {
        List<Event> found = ofType("La Russie a proposé le déploiement de casques bleus à l'ONU.", "REQUEST");
        assertThat(found).hasSize(1);
        assertThat(names(found.getFirst())).contains("Russia");
    }

    @Test
    void supportOfAnActorNamedByItsTitleStays() {
        List<Event> found = ofType("Le parti de la Norvège soutient le président.", "SUPPORT");
        assertThat(found).hasSize(1);
    }

    @Test
    void toPressSomeoneToActIsToRequest() {
        assertThat(ofType("Les alliés américains pressent les Kurdes à rester en Syrie.", "REQUEST")).hasSize(1);
        assertThat(ofType("Le ministre a quitté la salle de presse sans répondre à une question.", "REQUEST")).isEmpty();
    }

    @Test
    void oneAcquisitionPerConjunct() {
        List<Event> found = ofType("Le groupe Vivendi a confirmé les rachats de Gameloft et d'Ubisoft.", "AGREE");
        assertThat(found).as("%s", found).hasSize(2);
        assertThat(found).extracting(e -> names(e).getLast()).containsExactly("Gameloft", "Ubisoft");
        assertThat(found).allSatisfy(e -> assertThat(names(e)).contains("Vivendi").hasSize(2));
    }

    @Test
    void aClauseKeepsItsOwnActors() {
        String text = "La Norvège a signé un accord avec la Suède, alors que la Finlande a rejeté la proposition du Danemark.";
        List<Event> agree = ofType(text, "AGREE");
        assertThat(agree).hasSize(1);
        assertThat(names(agree.getFirst())).containsExactlyInAnyOrder("Norway", "Sweden");
        List<Event> reject = ofType(text, "REJECT");
        assertThat(reject).hasSize(1);
        assertThat(names(reject.getFirst())).containsExactly("Finland", "Denmark");
    }

    @Test
    void anUndatedSentenceTakesTheDayItsParagraphSet() {
        String text = "La Norvège a expulsé lundi deux diplomates suédois.\n\n"
                + "La Finlande a manifesté mercredi son soutien à la Norvège. Le Danemark a aussi condamné la Suède.";
        List<Event> found = ofType(text, "ACCUSE");
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().date()).isEqualTo("wednesday"); // not the article's first day, "lundi"
    }
}

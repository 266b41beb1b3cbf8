package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Event;
import veille.doc.Input;
import veille.doc.InputFormat;

/**
 * The mechanisms for events on real news text (issue 13): triggers by verb lemma and nominalisation, collective
 * actors, passive agents, nationality adjectives, verbal acts inside quotes, negation, and one event per real-world
 * occurrence. Invented sentences.
 */
class EventRealTextTest {
    private static final Analyzer VEILLE = Analyzer.standard();

    static List<Event> events(String text) {
        Document d = VEILLE.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN));
        return d.expect(Event.KEY).all();
    }

    static List<Event> ofType(String text, String type) {
        return events(text).stream().filter(e -> e.type().equals(type)).toList();
    }

    static List<String> names(Event e) {
        return e.participants().stream().map(Event.Actor::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La Chine accuse les États-Unis d'ingérence dans ses affaires.                      | ACCUSE   | China;United States
            La Chine a dénoncé jeudi la décision des États-Unis.                               | ACCUSE   | China;United States
            Des milliers de manifestants ont défilé samedi à Lyon contre la réforme.            | PROTEST  | manifestants
            Les syndicats appellent à une grève générale jeudi.                                 | PROTEST  | syndicats
            L'Union européenne a sanctionné la Biélorussie mardi.                               | SANCTION | European Union;Belarus
            La Pologne a expulsé trois diplomates russes.                                        | SANCTION | Poland;Russia
            La Russie exige le retrait des troupes de l'OTAN.                                    | REQUEST  | Russia;NATO
            Le collectif réclame des moyens supplémentaires au gouvernement.                    | REQUEST  | collectif
            L'Allemagne a refusé la proposition de la France.                                   | REJECT   | Germany;France
            La proposition de la Serbie a été rejetée par le Kosovo.                             | REJECT   | Kosovo;Serbia
            Le Japon a annoncé le retrait de ses soldats d'Irak.                                 | RETREAT  | Japan
            Le ministre a présenté sa démission au président de la Tunisie.                     | CONCEDE  | Tunisia
            Les rebelles ont accepté de libérer les otages.                                      | CONCEDE  | rebelles
            L'Inde a déployé des troupes à la frontière avec la Chine.                           | MOBILIZE | India;China
            La Turquie menace de suspendre l'accord avec la Grèce.                               | THREATEN | Türkiye;Greece
            Le Canada soutient la candidature du Sénégal.                                        | SUPPORT  | Canada;Senegal
            Les autorités espagnoles ont refusé la demande.                                      | REJECT   | autorités espagnoles
            """)
    void aTriggerByLemmaGivesItsEventWithItsActors(String text, String type, String participants) {
        List<String> expected = Arrays.stream(participants.split(";")).map(String::strip).toList();
        List<Event> found = ofType(text, type.strip());
        assertThat(found).as("%s events in %s: %s", type, text, events(text)).hasSize(1);
        assertThat(names(found.getFirst())).as(text).containsAll(expected);
    }

    @Test
    void aDirectedEventKeepsItsActorAndTargetAmongManyNames() {
        Event e = ofType("Au sommet de Genève, en présence de la Suisse et de l'Autriche, la Hongrie a accusé la "
                + "Roumanie de mentir.", "ACCUSE").getFirst();
        assertThat(names(e)).containsExactly("Hungary", "Romania");
    }

    @Test
    void aNationalityAdjectiveNamesTheOtherState() {
        Event e = ofType("La proposition russe a été rejetée par l'Ukraine.", "REJECT").getFirst();
        assertThat(names(e)).contains("Ukraine", "Russia");
    }

    @Test
    void aStanceInsideAQuoteIsTheQuoteNotAnEvent() {
        assertThat(ofType("« Nous soutenons fermement la position du Mali », a déclaré le ministre algérien.",
                "SUPPORT")).isEmpty();
        assertThat(ofType("Le ministre a dit que « la Chine menace la paix ».", "THREATEN")).isEmpty();
    }

    @Test
    void aNegatedActIsNoEvent() {
        assertThat(ofType("La Chine s'est abstenue de condamner la Russie.", "ACCUSE")).isEmpty();
        assertThat(ofType("La France n'a pas rejeté l'offre de l'Italie.", "REJECT")).isEmpty();
    }

    @Test
    void aDemonstrativeMentionIsTheEventAlreadyReported() {
        List<Event> protests = ofType("Des milliers de manifestants ont défilé samedi à Marseille. Les organisateurs "
                + "de cette manifestation ont salué la mobilisation.", "PROTEST");
        assertThat(protests).hasSize(1);
        assertThat(protests.getFirst().evidence()).hasSize(2);
    }

    @Test
    void twoClausesOfOneSentenceAreTwoSignatures() {
        assertThat(ofType("La Chine et la Russie ont signé un accord sur le gaz, tandis que le Brésil et l'Inde ont "
                + "signé un mémorandum sur l'espace.", "AGREE")).hasSize(2);
    }

    @Test
    void verbFormsAreWrittenOutFromTheStem() {
        String forms = EventTriggers.verbForms("accus~er");
        assertThat(java.util.regex.Pattern.compile("(?:" + forms + ")").matcher("accusée").matches()).isTrue();
        assertThat(java.util.regex.Pattern.compile("(?:" + forms + ")").matcher("accusaient").matches()).isTrue();
    }
}

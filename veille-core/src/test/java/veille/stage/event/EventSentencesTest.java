package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Event;
import veille.doc.Input;
import veille.doc.InputFormat;

/**
 * One French sentence, one event: its PLOVER type, CONSULT mode, participants (English names, every one expected
 * must be there) and status (issue 5). Plain text has no publication date, so dates stay weekday names.
 */
class EventSentencesTest {
    private static final Analyzer VEILLE = Analyzer.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Wang Yi s'est entretenu mercredi avec son homologue russe Sergueï Lavrov à Pékin.                  | CONSULT | in_person    | Wang Yi;Sergey Lavrov          | happened
            Wang Yi a rencontré mardi Sergueï Lavrov à Moscou.                                                  | CONSULT | in_person    | Wang Yi;Sergey Lavrov          | happened
            Wang Yi rencontrera jeudi Sergueï Lavrov à Moscou.                                                  | CONSULT | in_person    | Wang Yi;Sergey Lavrov          | planned
            Vladimir Poutine a reçu lundi Xi Jinping au Kremlin.                                                | CONSULT | visit        | Vladimir Putin;Xi Jinping      | happened
            Vladimir Poutine recevra jeudi Xi Jinping.                                                           | CONSULT | visit        | Vladimir Putin;Xi Jinping      | planned
            Xi Jinping a eu une conversation téléphonique avec Vladimir Poutine.                                | CONSULT | phone        | Xi Jinping;Vladimir Putin      | happened
            Sergueï Lavrov et Wang Yi se sont entretenus mercredi par téléphone.                                | CONSULT | phone        | Sergey Lavrov;Wang Yi          | happened
            Xi Jinping s'est entretenu mardi au téléphone avec Vladimir Poutine.                                 | CONSULT | phone        | Xi Jinping;Vladimir Putin      | happened
            Vladimir Poutine et Xi Jinping ont tenu vendredi une visioconférence.                               | CONSULT | video        | Vladimir Putin;Xi Jinping      | happened
            Vladimir Poutine et Xi Jinping ont participé à un sommet virtuel.                                   | CONSULT | video        | Vladimir Putin;Xi Jinping      | happened
            Vladimir Poutine a effectué une visite d'État en Chine.                                             | CONSULT | visit        | Vladimir Putin;China           | happened
            Vladimir Poutine a effectué samedi une visite officielle en Chine.                                  | CONSULT | visit        | Vladimir Putin;China           | happened
            Wang Yi se rendra mercredi à Moscou pour rencontrer Sergueï Lavrov.                                  | CONSULT | visit        | Wang Yi;Sergey Lavrov          | planned
            Wang Yi doit se rendre mardi à Moscou avec Sergueï Lavrov.                                          | CONSULT | visit        | Wang Yi;Sergey Lavrov          | planned
            Wang Yi s'est rendu lundi à Moscou où il a rencontré Sergueï Lavrov.                                 | CONSULT | visit        | Wang Yi;Sergey Lavrov          | happened
            Wang Yi et Nikolaï Patrouchev ont co-présidé mardi le cycle de consultations.                       | CONSULT | in_person    | Wang Yi;Nikolai Patrushev      | happened
            Wang Yi et Sergueï Lavrov ont tenu des consultations à Pékin.                                       | CONSULT | in_person    | Wang Yi;Sergey Lavrov          | happened
            Li Qiang a eu des entretiens avec Mikhaïl Michoustine en marge du sommet de l'OCS.                  | CONSULT | multilateral | Li Qiang;Mikhail Mishustin     | happened
            Wang Yi et Sergueï Lavrov se sont rencontrés en marge de la réunion du G20.                          | CONSULT | multilateral | Wang Yi;Sergey Lavrov          | happened
            La rencontre entre Wang Yi et Sergueï Lavrov a été annulée.                                        | CONSULT | in_person    | Wang Yi;Sergey Lavrov          | cancelled
            La visite de Vladimir Poutine en Chine a été reportée.                                              | CONSULT | visit        | Vladimir Putin;China           | cancelled
            Wang Yi devrait s'entretenir avec Sergueï Lavrov la semaine prochaine.                              | CONSULT | in_person    | Wang Yi;Sergey Lavrov          | planned
            La Chine et la Russie ont signé un accord de coopération.                                           | AGREE   | NULL         | China;Russia                   | happened
            La Chine et la Russie signeront un accord sur l'énergie.                                            | AGREE   | NULL         | China;Russia                   | planned
            Wang Yi et Sergueï Lavrov ont signé un mémorandum d'entente.                                        | AGREE   | NULL         | Wang Yi;Sergey Lavrov          | happened
            La Chine et la Russie ont adopté une déclaration conjointe.                                         | AGREE   | NULL         | China;Russia                   | happened
            La Chine et la Russie sont convenues de renforcer leur coopération.                                 | AGREE   | NULL         | China;Russia                   | happened
            La Chine et la Russie ont conclu un accord sur le gaz.                                              | AGREE   | NULL         | China;Russia                   | happened
            L'Iran et la Chine ont signé lundi à Pékin un protocole d'accord.                                   | AGREE   | NULL         | Iran;China                     | happened
            La Chine et la Russie ont mené des exercices militaires conjoints en mer du Japon.                  | MOBILIZE| NULL         | China;Russia                   | happened
            La Chine et la Russie ont lancé lundi des manœuvres navales.                                        | MOBILIZE| NULL         | China;Russia                   | happened
            Le Japon a dépêché des avions de patrouille près de la Russie.                                     | MOBILIZE| NULL         | Japan                          | happened
            Les États-Unis ont imposé de nouvelles sanctions à la Russie.                                       | SANCTION| NULL         | United States;Russia           | happened
            La France a rappelé son ambassadeur en Algérie.                                                     | SANCTION| NULL         | France;Algeria                 | happened
            La Chine fournira une aide humanitaire à Gaza.                                                      | AID     | NULL         | China                          | planned
            La Chine a fourni une aide humanitaire au Liban.                                                    | AID     | NULL         | China;Lebanon                  | happened
            La Russie a rejeté la proposition de l'Ukraine.                                                     | REJECT  | NULL         | Russia                         | happened
            La Chine a accusé les États-Unis d'ingérence.                                                       | ACCUSE  | NULL         | China;United States            | happened
            L'Iran a menacé de fermer le détroit face aux États-Unis.                                           | THREATEN| NULL         | Iran;United States             | happened
            L'Algérie a sollicité l'adhésion aux BRICS auprès de la Chine.                                      | REQUEST | NULL         | Algeria;China                  | happened
            La Chine et le Brésil ont lancé conjointement un satellite.                                         | COOPERATE| NULL        | China;Brazil                   | happened
            La France a apporté son soutien à l'Ukraine.                                                        | SUPPORT | NULL         | France;Ukraine                 | happened
            Des manifestants ont protesté devant l'ambassade de Russie à Paris.                                 | PROTEST | NULL         | Russia                         | happened
            La Russie s'est retirée de l'accord sur les céréales avec l'Ukraine.                                 | RETREAT | NULL         | Russia;Ukraine                 | happened
            """)
    void aSentenceReportsOneEvent(String text, String type, String mode, String participants, String status) {
        Document d = VEILLE.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN));
        List<String> names = Arrays.stream(participants.split(";")).map(String::strip).toList();
        // A meeting on the sidelines of a summit is one event, the summit itself another.
        List<Event> events = d.expect(Event.KEY).all().stream().filter(e -> e.type().equals(type.strip()))
                .filter(e -> e.participants().stream().map(Event.Actor::name).toList().containsAll(names)).toList();
        assertThat(events).as("events of type %s with %s in %s: %s", type, names, text, d.expect(Event.KEY).all())
                .hasSize(1);
        Event e = events.getFirst();
        assertThat(e.mode()).isEqualTo(mode);
        assertThat(e.status()).isEqualTo(status);
        assertThat(text.substring(e.evidence().getFirst().start(), e.evidence().getFirst().end())).isNotEmpty();
    }
}

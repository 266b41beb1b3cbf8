package veille.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Date expressions found in French text and normalised against the publication date (issue 5). */
class TimeExpressionsTest {
    private static final TimeExpressions TIME = TimeExpressions.builtIn();

    /** 2023-09-20 was a Wednesday, 2024-03-14 a Thursday, 2025-04-09 a Wednesday. */
    @ParameterizedTest(name = "{0} @ {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Ils ont co-présidé mardi le 18e cycle de consultations.            | 2023-09-20 | mardi            | 2023-09-19
            Wang Yi a rencontré mercredi son homologue.                        | 2023-09-20 | mercredi         | 2023-09-20
            Il a eu mercredi des entretiens avec son homologue.                | NULL       | mercredi         | wednesday
            La Chine et la Russie se sont engagées samedi à renforcer.         | NULL       | samedi           | saturday
            Il a eu mercredi une conversation téléphonique.                    | --11-19    | mercredi         | wednesday
            M. Attaf se rendra mercredi à Shanghai.                            | 2024-03-11 | mercredi         | 2024-03-13
            Le ministre est attendu samedi à Hanoï.                            | 2024-03-14 | samedi           | 2024-03-16
            Il doit se rendre lundi à Vientiane.                               | 2024-03-14 | lundi            | 2024-03-18
            Le président recevra jeudi M. Araghchi.                            | 2025-05-21 | jeudi            | 2025-05-22
            Ils se sont entretenus mercredi par téléphone.                     | 2024-03-14 | mercredi         | 2024-03-13
            Il a rencontré jeudi à Jakarta le secrétaire général.              | 2024-03-14 | jeudi            | 2024-03-14
            Il devait être reçu jeudi par le président.                        | 2024-11-07 | jeudi            | 2024-11-07
            Ils se sont vus samedi dernier à Moscou.                           | 2023-09-23 | samedi dernier   | 2023-09-16
            Ils se verront mardi prochain.                                     | 2023-09-19 | mardi prochain   | 2023-09-26
            Le sommet se tiendra vendredi.                                     | 2023-09-20 | vendredi         | 2023-09-22
            Les deux pays ont signé lundi un accord.                           | 2024-03-12 | lundi            | 2024-03-11
            La réunion aurait lieu dimanche.                                   | 2023-09-20 | dimanche         | 2023-09-24
            Il s'est rendu hier à Pékin.                                       | 2023-09-20 | hier             | 2023-09-19
            Il arrivera demain à Pékin.                                        | 2023-09-20 | demain           | 2023-09-21
            Il est arrivé avant-hier.                                          | 2023-09-20 | avant-hier       | 2023-09-18
            Il partira après-demain.                                           | 2023-09-20 | après-demain     | 2023-09-22
            Les discussions ont lieu aujourd'hui.                              | 2023-09-20 | aujourd'hui      | 2023-09-20
            Il s'est rendu hier à Pékin.                                       | NULL       | hier             | NULL
            L'accord a été signé le 24 mai 2023 à Pékin.                       | NULL       | 24 mai 2023      | 2023-05-24
            L'accord a été signé le 24/05/2023.                                | NULL       | 24/05/2023       | 2023-05-24
            Une cérémonie a eu lieu le 25 juin, 2016 à Pékin.                  | NULL       | 25 juin, 2016    | 2016-06-25
            La rencontre a eu lieu le 1er mars.                                | 2024-03-14 | 1er mars         | 2024-03-01
            La rencontre a eu lieu le 20 décembre.                             | 2024-01-10 | 20 décembre      | 2023-12-20
            La rencontre aura lieu le 5 janvier.                               | 2023-12-20 | 5 janvier        | 2024-01-05
            La rencontre a eu lieu le 12 octobre.                              | NULL       | 12 octobre       | --10-12
            La rencontre a eu lieu mercredi 24 mai 2023.                       | NULL       | 24 mai 2023      | 2023-05-24
            Le plan couvre la période qui s'achève en 2024.                    | 2023-09-20 | 2024             | 2024
            Une commission mixte se réunira à Pékin en septembre prochain.     | 2024-03-14 | septembre prochain | 2024-09
            Les échanges ont reculé en janvier.                                | 2024-03-14 | janvier          | 2024-01
            Le salon ouvrira en mai 2025.                                      | NULL       | mai 2025         | 2025-05
            Le ministre se rendra à Astana la semaine prochaine.               | 2023-09-20 | la semaine prochaine | 2023-W39
            Ils se sont vus la semaine dernière.                               | 2023-09-20 | la semaine dernière | 2023-W37
            La délégation viendra le mois prochain.                            | 2023-09-20 | le mois prochain | 2023-10
            Le sommet aura lieu l'année prochaine.                             | 2023-09-20 | l'année prochaine | 2024
            Nous vous attendons au printemps prochain à Moscou.                | 2022-12-30 | au printemps prochain | 2023-SP
            Nous vous attendons au printemps prochain à Moscou.                | NULL       | au printemps prochain | NULL
            Le conseil se réunira à Ankara avant la fin de l'année.            | 2025-04-08 | avant la fin de l'année | 2025
            Le chantier commencera à l'automne 2024.                           | NULL       | à l'automne 2024 | 2024-FA
            Les ventes ont doublé cette année.                                 | 2023-09-20 | cette année      | 2023
            """)
    void expressionsAreFoundAndNormalised(String text, String anchor, String expression, String value) {
        List<TimeExpressions.TimeExpression> found = TIME.find(text, anchor);
        assertThat(found).isNotEmpty();
        TimeExpressions.TimeExpression e = found.getFirst();
        assertThat(e.text()).isEqualTo(expression);
        assertThat(text.substring(e.start(), e.end())).isEqualTo(expression);
        assertThat(e.value()).isEqualTo(value);
    }

    @Test
    void aPartialAnchorLeavesAWeekdayUnresolvedBecauseTheYearDecidesTheDay() {
        // --11-19: in 2020 the Wednesday before is 11-18, in 2021 it is 11-17: the text does not settle which.
        TimeExpressions.TimeExpression e = TIME.find("Il a eu mercredi une conversation téléphonique.", "--11-19").getFirst();
        assertThat(e.value()).isEqualTo("wednesday");
        assertThat(e.granularity()).isEqualTo("weekday");
        assertThat(TIME.find("Il a eu mercredi une conversation.", "2020-11-19").getFirst().value()).isEqualTo("2020-11-18");
        assertThat(TIME.find("Il a eu mercredi une conversation.", "2021-11-19").getFirst().value()).isEqualTo("2021-11-17");
    }

    @Test
    void numbersAreNotDates() {
        assertThat(TIME.find("Les échanges ont progressé de 3-5 % et de 1.2 point.", "2023-09-20")).isEmpty();
    }

    @Test
    void theTenseOfTheNearestVerbDecides() {
        String s = "M. Attaf, qui a rencontré lundi M. Wang, se rendra mercredi à Shanghai.";
        List<TimeExpressions.TimeExpression> found = TIME.find(s, "2024-03-12");
        assertThat(found).extracting(TimeExpressions.TimeExpression::value).containsExactly("2024-03-11", "2024-03-13");
    }
}

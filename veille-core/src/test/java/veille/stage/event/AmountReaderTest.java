package veille.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veille.doc.Amount;

/** Money, percentages and counts in French text, with value, unit and approximation (issue 5). */
class AmountReaderTest {
    private static final AmountReader AMOUNTS = AmountReader.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Les échanges ont atteint près de 50 milliards de dollars en 2023.  | près de 50 milliards de dollars | 5.0E10  | USD     | true  | NULL
            Le fonds dispose de 200 mds $ pour ses projets.                   | 200 mds $                       | 2.0E11  | USD     | false | NULL
            La France versera 1,5 million d'euros à l'ONG.                    | 1,5 million d'euros             | 1500000 | EUR     | false | NULL
            Pékin a prêté 3 milliards de yuans à la ville.                    | 3 milliards de yuans            | 3.0E9   | CNY     | false | NULL
            La part du commerce a atteint 25% environ.                        | 25% environ                     | 25      | percent | true  | NULL
            La croissance a été de 16% cette année.                           | 16%                             | 16      | percent | false | NULL
            Le taux est de 8,5 % selon la banque.                             | 8,5 %                           | 8.5     | percent | false | NULL
            Les deux pays ont signé 58 accords de coopération.                | 58 accords                      | 58      | count   | false | accords
            Le salon a réuni plus de 1.400 entreprises.                       | plus de 1.400 entreprises       | 1400    | count   | true  | entreprises
            L'exercice mobilise quelque 2.000 militaires.                     | quelque 2.000 militaires        | 2000    | count   | true  | militaires
            Une dizaine de navires ont pris part aux manœuvres.               | Une dizaine de navires          | 10      | count   | true  | navires
            Le contrat porte sur 1,2 milliard de dirhams.                     | 1,2 milliard de dirhams         | 1.2E9   | MAD     | false | NULL
            Le projet coûte autour de 500 millions de dollars.                | autour de 500 millions de dollars | 5.0E8 | USD     | true  | NULL
            """)
    void anAmountHasItsValueUnitAndApproximation(String text, String span, double value, String unit, boolean approx,
                                                 String of) {
        List<Amount> found = AMOUNTS.find(text);
        assertThat(found).hasSize(1);
        Amount a = found.getFirst();
        assertThat(text.substring(a.start(), a.end())).isEqualTo(span);
        assertThat(a.value()).isEqualTo(value);
        assertThat(a.unit()).isEqualTo(unit);
        assertThat(a.approx()).isEqualTo(approx);
        assertThat(a.of()).isEqualTo(of);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            La compagnie a commandé 73 Embraer pour ses lignes régionales.      | 73 Embraer                     | 73      | count   | false | Embraer
            Le tribunal a condamné 41 prévenus à des peines de prison.          | 41 prévenus                    | 41      | count   | false | prévenus
            Sept ministres ont quitté le gouvernement hier.                    | Sept ministres                 | 7       | count   | false | ministres
            La cérémonie a réuni trente-deux chefs d'État.                     | trente-deux chefs              | 32      | count   | false | chefs
            Le convoi comptait quatre-vingt-dix camions.                       | quatre-vingt-dix camions       | 90      | count   | false | camions
            Le navire transportait deux cent cinquante passagers.              | deux cent cinquante passagers  | 250     | count   | false | passagers
            Le port a accueilli vingt et une frégates étrangères.              | vingt et une frégates          | 21      | count   | false | frégates
            Le défilé a rassemblé 2 500 à 3 000 cyclistes.                     | 2 500 à 3 000 cyclistes        | 2500    | count   | true  | cyclistes
            La mairie prévoit deux ou trois réunions publiques.                | deux ou trois réunions         | 2       | count   | true  | réunions
            L'État investira 12 à 15 milliards d'euros dans le réseau.          | 12 à 15 milliards d'euros      | 1.2E10  | EUR     | true  | NULL
            Le parti a obtenu plus de 4 000 adhésions en un mois.              | plus de 4 000 adhésions        | 4000    | count   | true  | adhésions
            Le ministère a reçu plus d'une vingtaine de plaintes.              | plus d'une vingtaine de plaintes | 20    | count   | true  | plaintes
            La région compte environ 2,4 millions d'habitants.                 | environ 2,4 millions d'habitants | 2400000 | count | true  | habitants
            Le fonds versera 120 millions $US par an.                          | 120 millions $US               | 1.2E8   | USD     | false | NULL
            Le pays a reçu un milliard d'euros d'aide.                         | un milliard d'euros            | 1.0E9   | EUR     | false | NULL
            Le texte a été voté par la moitié des députés présents.            | la moitié des députés          | 50      | percent | false | NULL
            Le plan supprime 48 postes et en crée autant ailleurs.             | 48 postes                      | 48      | count   | false | postes
            """)
    void aCountHasItsNounAndARangeItsLowEnd(String text, String span, double value, String unit, boolean approx,
                                            String of) {
        anAmountHasItsValueUnitAndApproximation(text, span, value, unit, approx, of);
    }

    @Test
    void aNumberAloneCountsBesideACountedNounOrInAChange() {
        assertThat(AMOUNTS.find("Le groupe passe de 31 élus à 28, dont 4 à Lyon."))
                .extracting(Amount::text).containsExactly("31 élus", "28", "4");
        assertThat(AMOUNTS.find("Les plaintes sont passées de 12 à 40 en un an.")).extracting(Amount::value)
                .containsExactly(12.0, 40.0);
        assertThat(AMOUNTS.find("Les organisateurs ont compté 250 000 selon eux.")).extracting(Amount::value)
                .containsExactly(250000.0);
        assertThat(AMOUNTS.find("La salle 12 était fermée.")).isEmpty();
    }

    @Test
    void datesTimesDurationsLabelsAndVagueQuantitiesAreNotCounts() {
        assertThat(AMOUNTS.find("Le 14 juillet 2019, vers 9 h 45, l'article 49 fut invoqué pour la 3 e fois, "
                + "après six ans de débats et deux semaines de grève, près de 300 kilomètres plus loin, "
                + "devant des milliers de personnes, selon la note [2] du rapport sur le Airbus A330 et le Boeing 787.")).isEmpty();
        assertThat(AMOUNTS.find("Les deux pays et ces trois ministres ont signé, comme les deux grandes puissances."))
                .as("a number in words after a definite determiner refers back").isEmpty();
    }

    @Test
    void anAmountOfTheTitleRepeatedInTheBodyIsReportedOnce() {
        String title = "Le port accueille 12 frégates";
        String text = title + "\n\nLe port accueille 12 frégates et 3 sous-marins.";
        assertThat(AMOUNTS.find(text, title.length())).extracting(Amount::start).containsExactly(18, text.indexOf("3 sous"));
    }

    @Test
    void aScaledNumberWithoutCurrencyTakesThePreviousOne() {
        List<Amount> found = AMOUNTS.find("Ils visent 30 milliards de dollars, contre environ 12 milliards aujourd'hui.");
        assertThat(found).extracting(Amount::unit).containsExactly("USD", "USD");
        assertThat(found.get(1).approx()).isTrue();
        assertThat(found.get(1).value()).isEqualTo(1.2e10);
    }

    @Test
    void yearsOrdinalsAndUnlistedNounsAreNotAmounts() {
        assertThat(AMOUNTS.find("Le 18e cycle de consultations, en 2023, a duré sept ans et 3 jours.")).isEmpty();
        assertThat(AMOUNTS.find("Le texte a été adopté en 2016 et révisé en 2021.")).isEmpty();
    }
}

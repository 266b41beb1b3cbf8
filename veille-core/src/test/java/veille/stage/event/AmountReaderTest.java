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
    }
}

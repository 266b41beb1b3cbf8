package veille.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
            "Xinhua | 20.09.2023 08h36 => 2023-09-20",
            "Dernière mise à jour à 08h50 le 19/11 => --11-19",
            "Publié le 14/03/2024 => 2024-03-14",
            "Le 17/02/2020 à 10:30 => 2020-02-17",
            "2025-04-09 21:14:07 => 2025-04-09",
            "Publié le 19 février 2025 à 10h32 => 2025-02-19",
            "le 1er mars 2024 => 2024-03-01",
            "14 mars => --03-14",
            "PÉKIN, 12 mars (Xinhua) => --03-12",
            "le 25 juin, 2016 => 2016-06-25",
            "March 14, 2024 => 2024-03-14",
            "Published Monday, November 18, 2019 8:22AM EST => 2019-11-18",
            "12 sept. 2023 => 2023-09-12"})
    void readsTheFirstDateOfALine(String line, String iso) {
        assertThat(DateReader.findAll(line)).first().extracting(f -> f.date().iso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {"le 31/06/2024", "3.5 milliards", "25%", "200 milliards de dollars", "2024"})
    void numbersThatAreNotDatesAreNotRead(String line) {
        assertThat(DateReader.findAll(line)).isEmpty();
    }
}

package veille.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link FeedDates}: the dates RSS, Atom and Dublin Core write, read to the day in their own zone, never guessed. */
class FeedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Wed, 20 Sep 2023 08:15:00 +0800   | 2023-09-20",
            "Wed, 20 Sep 2023 23:30:00 GMT     | 2023-09-20",
            "20 Sep 2023 23:30 -0500           | 2023-09-20",
            "Thu, 1 Feb 24 10:00:00 EST        | 2024-02-01",
            "Mer, 20 Sep 2023 08:15:00 +0200   | 2023-09-20",
            "2023-09-20T08:15:00+08:00         | 2023-09-20",
            "2023-09-19T23:15:00Z              | 2023-09-19",
            "2023-09-20                        | 2023-09-20",
            "2023-09-20T08:15:00               | 2023-09-20",
            "Wed, 20 Sep 2023 08:15:00 CEST    | null",
            "le 20 septembre                   | null",
            "null                              | null"})
    void aFeedDateGivesItsDay(String written, String day) {
        assertThat(FeedDates.day(written)).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wed, 20 Sep 2023 08:15:00 +0800 | 2023-09-20T08:15+08:00",
            "Wed, 20 Sep 2023 08:15:00 GMT   | 2023-09-20T08:15Z",
            "2023-09-20T08:15:00+02:00       | 2023-09-20T08:15+02:00"})
    void aFeedDateWithATimeKeepsItsOffset(String written, String iso) {
        assertThat(FeedDates.instant(written)).hasToString(iso);
    }
}

package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import veille.time.PartialDate;

/** Dates read from one place of a page, and the time a machine value states. */
class DateHitTest {
    @Test
    void machineDateTimesAreReadInIsoFormWithTheOffsetThePageGives() {
        assertThat(DateHit.isoTime("2023-09-19T08:30:00+08:00")).isEqualTo("2023-09-19T08:30:00+08:00");
        assertThat(DateHit.isoTime("2023-09-19T08:30:00.000+0800")).isEqualTo("2023-09-19T08:30:00+08:00");
        assertThat(DateHit.isoTime("2023-09-19 08:30Z")).isEqualTo("2023-09-19T08:30:00Z");
        assertThat(DateHit.isoTime("2023-09-19T08:30:00-05")).isEqualTo("2023-09-19T08:30:00-05:00");
        assertThat(DateHit.isoTime(" 2023-09-19T08:30:15 ")).isEqualTo("2023-09-19T08:30:15");
        assertThat(DateHit.isoTime("2023-09-19T00:00:00+00:00")).as("a date serialised with a time").isNull();
        assertThat(DateHit.isoTime("2023-09-19")).isNull();
        assertThat(DateHit.isoTime("2023-02-30T08:30:00Z")).isNull();
        assertThat(DateHit.isoTime("2023-09-19T25:30:00Z")).isNull();
        assertThat(DateHit.isoTime("19 septembre 2023 à 08h30")).isNull();
    }

    @Test
    void aDateTakesTheTimeAnotherValueStatesAtThatValuesPlace() {
        Element meta = new Element("meta");
        Element time = new Element("time");
        PartialDate day = new PartialDate(2023, 9, 19);
        DateHit stamp = new DateHit(day, new Sourced<>("2023-09-19", MetaSource.STAMP, "cue", time, 10, 20),
                "19 septembre 2023");
        DateHit machine = new DateHit(new PartialDate(2023, 9, 18),
                new Sourced<>("2023-09-18", MetaSource.OPEN_GRAPH, "article:published_time", meta, 40, 65),
                "2023-09-18T23:30:00Z");

        DateHit withTime = stamp.withTimeOf(machine);

        assertThat(withTime.date()).isEqualTo(day);
        assertThat(withTime.sourced()).isEqualTo(stamp.sourced());
        assertThat(withTime.time().value()).isEqualTo("2023-09-18T23:30:00Z");
        assertThat(withTime.time().start()).isEqualTo(40);
        assertThat(stamp.withTimeOf(stamp)).as("a stamp written without a machine time").isSameAs(stamp);
    }
}

package veille.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import veille.doc.Event;

class EventMergerTest {
    private static Event consult(String date, String place, String... ids) {
        List<Event.Actor> ps = java.util.Arrays.stream(ids).map(i -> new Event.Actor(i, i)).toList();
        return new Event(0, 1, "CONSULT", "in_person", ps, place == null ? null : new Event.Actor(place, place), date,
                "happened", null, List.of(new Event.Evidence(0, 1)));
    }

    @Test
    void aWeekdayIsCompatibleWithTheDateItFallsOnOnly() {
        assertThat(EventMerger.datesCompatible("2024-05-14", "tuesday")).isTrue();
        assertThat(EventMerger.datesCompatible("2024-05-14", "wednesday")).isFalse();
        assertThat(EventMerger.datesCompatible("--05-14", "2024-05-14")).isTrue();
        assertThat(EventMerger.datesCompatible("2024-05-14", "2024-05-15")).isFalse();
        assertThat(EventMerger.datesCompatible(null, "2024-05-15")).isTrue();
    }

    @Test
    void reportsMergeOnTypeParticipantsDateAndPlaceAndTakeTheMostSpecificDate() {
        EventMerger m = new EventMerger();
        m.add(new EventMerger.Report("a", null, consult("tuesday", "moscow", "wang-yi", "sergey-lavrov")));
        m.add(new EventMerger.Report("b", null, consult("2024-05-14", null, "sergey-lavrov", "wang-yi")));
        m.add(new EventMerger.Report("c", null, consult("2024-05-14", "beijing", "wang-yi", "sergey-lavrov")));
        m.add(new EventMerger.Report("d", null, consult("2024-06-20", "beijing", "wang-yi", "ahmed-attaf")));
        List<EventMerger.Merged> out = m.merged();
        assertThat(out).hasSize(3);
        assertThat(out.getFirst().sources()).containsExactly("a", "b");
        assertThat(out.getFirst().date()).isEqualTo("2024-05-14");
        assertThat(out.getFirst().place().id()).isEqualTo("moscow");
    }

    @Test
    void comparingWithEachEventsDistinctShapesGivesTheSameEventsAsComparingWithEveryReport() {
        java.util.Random rnd = new java.util.Random(7);
        String[] ids = {"a", "b", "c", "d", "e"};
        String[] dates = {null, "2024-05-14", "2024-05-15", "tuesday", "--05-14"};
        String[] places = {null, "moscow", "beijing"};
        for (int run = 0; run < 50; run++) {
            List<EventMerger.Report> reports = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                List<String> who = new java.util.ArrayList<>();
                for (String id : ids) {
                    if (rnd.nextInt(3) == 0) {
                        who.add(id);
                    }
                }
                Event e = consult(dates[rnd.nextInt(dates.length)], places[rnd.nextInt(places.length)],
                        who.toArray(String[]::new));
                if (rnd.nextInt(4) == 0) {
                    e = new Event(0, 1, "MEET", null, e.participants(), e.place(), e.date(), "happened", null, e.evidence());
                }
                reports.add(new EventMerger.Report("s" + i, null, e));
            }
            EventMerger m = new EventMerger();
            reports.forEach(m::add);
            // The reference: the first cluster whose every report is compatible.
            List<List<EventMerger.Report>> clusters = new java.util.ArrayList<>();
            for (EventMerger.Report r : reports) {
                List<EventMerger.Report> joined = clusters.stream()
                        .filter(c -> c.stream().allMatch(x -> EventMerger.compatible(x.event(), r.event())))
                        .findFirst().orElse(null);
                if (joined == null) {
                    joined = new java.util.ArrayList<>();
                    clusters.add(joined);
                }
                joined.add(r);
            }
            java.util.Set<List<String>> expected = new java.util.HashSet<>();
            clusters.forEach(c -> expected.add(c.stream().map(EventMerger.Report::source).toList()));
            java.util.Set<List<String>> got = new java.util.HashSet<>();
            m.merged().forEach(x -> got.add(x.sources()));
            assertThat(got).as("run " + run).isEqualTo(expected);
        }
    }
}

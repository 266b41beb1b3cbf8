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
}

package veille.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import veille.doc.Event;

/**
 * Merges the events of many articles into real-world events: reports are one event when they have the same type,
 * overlapping participants (at least half of the smaller side), compatible dates and compatible places.
 *
 * <p>Compatible dates: equal, or one of them unknown, or a weekday name that the other date falls on. Compatible
 * places: the same entity, or one of them unknown. Not thread-safe: one instance collects one run.
 */
public final class EventMerger {
    /** One article's report of an event. */
    public record Report(String source, String published, Event event) {
        public Report {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(event, "event");
        }
    }

    /** A real-world event with every report of it; its fields are the most specific any report gives. */
    public record Merged(String type, String mode, List<Event.Actor> participants, Event.Actor place, String date,
                         String status, List<Report> reports) {
        public Merged {
            participants = List.copyOf(participants);
            reports = List.copyOf(reports);
        }

        /** The sources reporting it, in the order they were added. */
        public List<String> sources() {
            return reports.stream().map(Report::source).distinct().toList();
        }
    }

    private final List<List<Report>> clusters = new ArrayList<>();

    /** Adds one report, joining the first compatible event or starting a new one. */
    public void add(Report r) {
        for (List<Report> c : clusters) {
            if (c.stream().allMatch(x -> compatible(x.event(), r.event()))) {
                c.add(r);
                return;
            }
        }
        List<Report> c = new ArrayList<>();
        c.add(r);
        clusters.add(c);
    }

    /** The merged events, sorted by date (undated last), then type. */
    public List<Merged> merged() {
        List<Merged> out = new ArrayList<>();
        for (List<Report> c : clusters) {
            Event first = c.getFirst().event();
            List<Event.Actor> participants = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String date = null;
            Event.Actor place = null;
            String mode = null;
            for (Report r : c) {
                for (Event.Actor a : r.event().participants()) {
                    if (seen.add(key(a))) {
                        participants.add(a);
                    }
                }
                date = moreSpecific(date, r.event().date());
                place = place != null ? place : r.event().place();
                mode = mode != null ? mode : r.event().mode();
            }
            out.add(new Merged(first.type(), mode, participants, place, date, first.status(), c));
        }
        out.sort(Comparator.comparing((Merged m) -> m.date() == null || !Character.isDigit(m.date().charAt(0))
                ? "9999" : m.date()).thenComparing(Merged::type));
        return out;
    }

    static boolean compatible(Event a, Event b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        Set<String> pa = new HashSet<>();
        a.participants().forEach(x -> pa.add(key(x)));
        Set<String> pb = new HashSet<>();
        b.participants().forEach(x -> pb.add(key(x)));
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(pa);
        common.retainAll(pb);
        if (common.size() * 2 < Math.min(pa.size(), pb.size())) {
            return false;
        }
        return datesCompatible(a.date(), b.date()) && (a.place() == null || b.place() == null
                || key(a.place()).equals(key(b.place())));
    }

    static boolean datesCompatible(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        boolean aIso = Character.isDigit(a.charAt(0));
        boolean bIso = Character.isDigit(b.charAt(0));
        // A day and month without a year ("--05-14") matches a full date on that day.
        if (a.startsWith("--") || b.startsWith("--")) {
            String partial = a.startsWith("--") ? a : b;
            String other = a.startsWith("--") ? b : a;
            return Character.isDigit(other.charAt(0)) && other.endsWith(partial.substring(1));
        }
        // A weekday name matches a full date falling on it.
        if (aIso != bIso) {
            return weekdayOf(aIso ? a : b).equals(aIso ? b : a);
        }
        return false;
    }

    private static String weekdayOf(String iso) {
        try {
            return java.time.LocalDate.parse(iso).getDayOfWeek().name().toLowerCase(Locale.ROOT);
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    /** A full date over a partial one over a weekday over nothing. */
    private static String moreSpecific(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(String d) {
        if (Character.isDigit(d.charAt(0))) {
            return 3;
        }
        return d.startsWith("--") ? 2 : 1;
    }

    private static String key(Event.Actor a) {
        return a.id() != null ? a.id() : "name:" + a.name().toLowerCase(Locale.ROOT);
    }
}

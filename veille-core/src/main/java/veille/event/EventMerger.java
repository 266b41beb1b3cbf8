package veille.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * One event being merged: its reports, and the distinct shapes among them (what {@link #compatible} reads), since a
     * new report must be compatible with every report and reports of one event mostly repeat the same few shapes.
     */
    private static final class Cluster {
        final List<Report> reports = new ArrayList<>();
        final Set<Shape> shapes = new LinkedHashSet<>();

        void add(Report r, Shape s) {
            reports.add(r);
            shapes.add(s);
        }
    }

    /** What {@link #compatible} reads of an event: its type, participant keys, date and place key. */
    private record Shape(String type, Set<String> participants, String date, String place) {
        static Shape of(Event e) {
            Set<String> ps = new HashSet<>();
            e.participants().forEach(x -> ps.add(key(x)));
            return new Shape(e.type(), ps, e.date(), e.place() == null ? null : key(e.place()));
        }
    }

    private final List<Cluster> clusters = new ArrayList<>();
    /** The clusters of each type, in creation order: a report is compared with its own type's only. */
    private final Map<String, List<Cluster>> byType = new HashMap<>();

    /** Adds one report, joining the first compatible event or starting a new one. */
    public void add(Report r) {
        Shape s = Shape.of(r.event());
        List<Cluster> same = byType.computeIfAbsent(s.type(), k -> new ArrayList<>());
        for (Cluster c : same) {
            if (c.shapes.stream().allMatch(x -> compatible(x, s))) {
                c.add(r, s);
                return;
            }
        }
        Cluster c = new Cluster();
        c.add(r, s);
        clusters.add(c);
        same.add(c);
    }

    /** The merged events, sorted by date (undated last), then type. */
    public List<Merged> merged() {
        List<Merged> out = new ArrayList<>();
        for (Cluster cluster : clusters) {
            List<Report> c = cluster.reports;
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
        return compatible(Shape.of(a), Shape.of(b));
    }

    private static boolean compatible(Shape a, Shape b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        Set<String> pa = a.participants();
        Set<String> pb = b.participants();
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String k : pa.size() <= pb.size() ? pa : pb) {
            if ((pa.size() <= pb.size() ? pb : pa).contains(k)) {
                common++;
            }
        }
        if (common * 2 < Math.min(pa.size(), pb.size())) {
            return false;
        }
        return datesCompatible(a.date(), b.date()) && (a.place() == null || b.place() == null
                || a.place().equals(b.place()));
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

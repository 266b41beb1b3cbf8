package veille.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.kb.TsvFile;

/**
 * The collective actors an event report names without a proper name ("des milliers de manifestants", "le collectif",
 * "les séparatistes"), read from {@code /veille/kb/event-groups.tsv}: they take part in events as named entities do.
 * Immutable and thread-safe.
 */
public final class EventGroups {
    private static final String RESOURCE = "/veille/kb/event-groups.tsv";
    private static volatile EventGroups builtIn;

    private final Pattern pattern;

    /** One group named in a text: its span and its words as written. */
    public record Group(int start, int end, String name) {
    }

    private EventGroups(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The built-in table. */
    public static EventGroups builtIn() {
        EventGroups g = builtIn;
        if (g == null) {
            g = of(TsvFile.resource(RESOURCE));
            builtIn = g;
        }
        return g;
    }

    /** Groups from a table with the column of {@code event-groups.tsv}. */
    public static EventGroups of(TsvFile table) {
        List<String> alts = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            alts.add("(?:" + row.get("group") + ")");
        }
        return new EventGroups(Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", alts) + ")(?![\\p{L}-])"));
    }

    /** The groups named in {@code text}, given its lower-case form {@code lower} (same length), in text order. */
    public List<Group> find(String text, String lower) {
        return find(text, lower, 0, lower.length());
    }

    /** The groups named in {@code [from, to)} of {@code text}, given its lower-case form, in text order. */
    public List<Group> find(String text, String lower, int from, int to) {
        List<Group> out = new ArrayList<>();
        Matcher m = pattern.matcher(lower);
        m.region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            out.add(new Group(m.start(), m.end(), text.substring(m.start(), m.end())));
        }
        return out;
    }
}

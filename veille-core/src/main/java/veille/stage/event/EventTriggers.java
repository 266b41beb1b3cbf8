package veille.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import veille.kb.TsvFile;

/**
 * The event trigger lexicon: French words that report an event, each with its PLOVER type and CONSULT mode, read
 * from {@code /veille/kb/event-triggers.tsv}. Immutable and thread-safe.
 *
 * @param triggers every trigger, in file order
 */
public record EventTriggers(List<Trigger> triggers) {
    private static final String RESOURCE = "/veille/kb/event-triggers.tsv";
    private static final Set<String> TYPES = Set.of("CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REJECT", "ACCUSE",
            "REQUEST", "THREATEN", "SANCTION", "MOBILIZE", "AID", "PROTEST", "RETREAT");
    private static final Set<String> MODES = Set.of("", "in_person", "phone", "video", "visit", "multilateral");
    private static volatile EventTriggers builtIn;

    public EventTriggers {
        triggers = List.copyOf(triggers);
    }

    /**
     * One trigger.
     *
     * @param type the PLOVER type
     * @param mode the CONSULT mode, or null
     * @param nounPhrase whether the participants are the organisations of the noun phrase after the trigger
     * @param pattern the words, over the lower-case sentence
     * @param needs a pattern the sentence must also contain, or null
     */
    public record Trigger(String type, String mode, boolean nounPhrase, Pattern pattern, Pattern needs) {
    }

    /** The built-in lexicon. */
    public static EventTriggers builtIn() {
        EventTriggers t = builtIn;
        if (t == null) {
            t = of(TsvFile.resource(RESOURCE));
            builtIn = t;
        }
        return t;
    }

    /** A lexicon from a table with the columns of {@code event-triggers.tsv}; throws naming a bad type or mode. */
    public static EventTriggers of(TsvFile table) {
        List<Trigger> out = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            String type = row.get("type");
            String mode = row.getOrDefault("mode", "");
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException(table.name() + ": event type '" + type + "' is not PLOVER. Known: "
                        + String.join(", ", new java.util.TreeSet<>(TYPES)));
            }
            if (!MODES.contains(mode)) {
                throw new IllegalArgumentException(table.name() + ": mode '" + mode
                        + "' is not one of in_person, phone, video, visit, multilateral");
            }
            String needs = row.getOrDefault("needs", "");
            out.add(new Trigger(type, mode.isEmpty() ? null : mode, "np".equals(row.get("args")),
                    Pattern.compile("(?<![\\p{L}-])(?:" + row.get("trigger") + ")(?![\\p{L}])"),
                    needs.isEmpty() ? null : Pattern.compile(needs)));
        }
        return new EventTriggers(out);
    }
}

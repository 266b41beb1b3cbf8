package veille.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
            "REQUEST", "THREATEN", "SANCTION", "MOBILIZE", "AID", "PROTEST", "RETREAT", "CONCEDE");
    /** What "~er" after a stem stands for: the forms of a first-group verb a news report uses. */
    private static final String ER_FORMS = "(?:e|es|ent|er|é|ée|és|ées|ait|aient|era|eront|erait|eraient|ant|ons|ez)";
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
     * @param keys literal words one of which a sentence must contain for the pattern to match there; empty when
     *             the pattern has an alternative without one (then it is always tried)
     */
    public record Trigger(String type, String mode, boolean nounPhrase, Pattern pattern, Pattern needs, List<String> keys) {
        public Trigger {
            keys = List.copyOf(keys);
        }

        /** Whether the pattern can match in {@code lower} (a lower-case sentence), by its literal keys. */
        public boolean mayMatch(String lower) {
            if (keys.isEmpty()) {
                return true;
            }
            for (String k : keys) {
                if (lower.contains(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The longest literal run of each top-level alternative, or an empty list when one has no run of 3+. */
    static List<String> keys(String regex) {
        List<String> out = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        alts.add(regex.substring(from));
        for (String alt : alts) {
            String best = "";
            StringBuilder run = new StringBuilder();
            int d = 0;
            for (int i = 0; i <= alt.length(); i++) {
                char c = i < alt.length() ? alt.charAt(i) : '\0';
                boolean literal = d == 0 && i < alt.length() && (Character.isLetter(c) || c == ' ' || c == '\'' || c == '-');
                if (literal) {
                    run.append(c);
                    continue;
                }
                if (i < alt.length() && "?*{".indexOf(c) >= 0 && run.length() > 0) {
                    run.setLength(run.length() - 1); // the last letter is optional
                }
                String r = run.toString().strip();
                if (r.length() > best.length()) {
                    best = r;
                }
                run.setLength(0);
                if (c == '\\') {
                    i = alt.charAt(i + 1) == 'p' ? alt.indexOf('}', i) : i + 1;
                } else if (c == '[') {
                    i = alt.indexOf(']', i);
                } else if (c == '(') {
                    d++;
                } else if (c == ')') {
                    d--;
                }
            }
            if (best.length() < 3) {
                return List.of();
            }
            out.add(best);
        }
        return out;
    }

    /** The trigger with each "stem~er" written out as the stem and the endings of a first-group verb. */
    static String verbForms(String trigger) {
        return trigger.replace("~er", ER_FORMS);
    }

    /**
     * A test of whether any trigger matches in a lower-case sentence (its literal keys first, in one scan of the
     * sentence, then its pattern): the standard pipeline parses a sentence when it may hold an event (see
     * {@code veille.Stages}). Thread-safe.
     */
    public Predicate<String> sentenceTest() {
        TriggerIndex index = new TriggerIndex(this);
        // The literal keys find candidates fast; the trigger's own pattern decides (keys alone pick half of all
        // news sentences, the patterns far fewer).
        return lower -> {
            for (Trigger t : index.candidates(lower)) {
                if (t.pattern().matcher(lower).find()) {
                    return true;
                }
            }
            return false;
        };
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
            String trigger = verbForms(row.get("trigger"));
            out.add(new Trigger(type, mode.isEmpty() ? null : mode, "np".equals(row.get("args")),
                    Pattern.compile("(?<![\\p{L}-])(?:" + trigger + ")(?![\\p{L}])"),
                    needs.isEmpty() ? null : Pattern.compile(needs), keys(trigger)));
        }
        return new EventTriggers(out);
    }
}

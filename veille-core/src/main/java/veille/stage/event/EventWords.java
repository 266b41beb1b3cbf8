package veille.stage.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import veille.kb.TsvFile;

/**
 * The words around an event trigger that settle its status, CONSULT mode, participants and place, read from
 * {@code /veille/kb/event-words.tsv} and compiled once into the patterns {@link EventStage} runs. Where each kind
 * is looked for is fixed here and described in the table's header. Immutable and thread-safe.
 */
public final class EventWords {
    private static final String RESOURCE = "/veille/kb/event-words.tsv";
    private static final Set<String> KINDS = Set.of("cancelled", "planned", "modal", "next", "next-meeting",
            "past-auxiliary", "past-ending", "phone", "video", "visit", "margin", "held", "pair-persons",
            "pair-countries", "pair-sides", "source", "not-of", "water", "negated", "protesters", "person-pronoun");
    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}])";
    private static final String NO_LETTER_AFTER = "(?![\\p{L}])";
    private static volatile EventWords builtIn;

    final Pattern cancelled;
    final Pattern personPronoun;
    final Pattern planned;
    final Pattern modalBefore;
    final Pattern nextAfter;
    final Pattern nextMeeting;
    final Pattern pastTrigger;
    final Pattern phone;
    final Pattern video;
    final Pattern visit;
    final Pattern margin;
    final Pattern held;
    final Pattern pair;
    final Pattern source;
    final Pattern notOf;
    final Pattern waters;
    final Pattern negated;
    /** The name of unnamed protesters ("manifestants"). */
    final String protesters;
    private final Set<String> pairPersons;
    private final Set<String> pairCountries;

    private EventWords(TsvFile table) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Map<String, String> row : table.rows()) {
            String kind = row.get("kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(table.name() + ": unknown kind '" + kind + "'. Known: "
                        + String.join(", ", new TreeSet<>(KINDS)));
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(row.get("word"));
        }
        for (String kind : KINDS) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalArgumentException(table.name() + ": no word of kind '" + kind + "'");
            }
        }
        cancelled = Pattern.compile(whole(byKind.get("cancelled")));
        planned = Pattern.compile(whole(byKind.get("planned")));
        modalBefore = Pattern.compile(any(byKind.get("modal")) + "(?:\\s+\\p{L}+){0,2}\\s*$");
        nextAfter = Pattern.compile("^[^,;]*" + whole(byKind.get("next")));
        nextMeeting = Pattern.compile(".*" + any(byKind.get("next-meeting")) + " $");
        pastTrigger = Pattern.compile(NO_LETTER_BEFORE + any(byKind.get("past-auxiliary"))
                + "(?:\\s+\\p{L}+){0,2}\\s+\\p{L}+" + any(byKind.get("past-ending")) + "$");
        phone = Pattern.compile(any(byKind.get("phone")));
        video = Pattern.compile(any(byKind.get("video")));
        visit = Pattern.compile(whole(byKind.get("visit")));
        margin = Pattern.compile(any(byKind.get("margin").stream().map(w -> w.endsWith("'") ? w : w + " ").toList()));
        held = Pattern.compile(any(byKind.get("held")) + " (?:\\p{L}+ )?(?:à|en|au)\\s");
        pairPersons = Set.copyOf(byKind.get("pair-persons"));
        pairCountries = Set.copyOf(byKind.get("pair-countries"));
        List<String> pairs = new ArrayList<>(byKind.get("pair-persons"));
        pairs.addAll(byKind.get("pair-countries"));
        pairs.addAll(byKind.get("pair-sides"));
        pair = Pattern.compile(NO_LETTER_BEFORE + "(?:les|des|leurs) deux (" + alternation(pairs) + ")" + NO_LETTER_AFTER);
        source = Pattern.compile(any(byKind.get("source")) + "(?:\\s+\\p{L}+){0,3}\\s*$");
        notOf = Pattern.compile(any(byKind.get("not-of")) + " (?:de|du|des|d'|de la|de l')\\s*$");
        negated = Pattern.compile(NO_LETTER_BEFORE + whole(byKind.get("negated")) + "(?:\\s+[\\p{L}']+){0,3}\\s*$");
        protesters = byKind.get("protesters").getFirst();
        personPronoun = Pattern.compile(whole(byKind.get("person-pronoun")));
        waters = Pattern.compile("(?i)\\b" + any(byKind.get("water")) + "\\b");
    }

    /** The built-in word list. */
    public static EventWords builtIn() {
        EventWords w = builtIn;
        if (w == null) {
            w = new EventWords(TsvFile.resource(RESOURCE));
            builtIn = w;
        }
        return w;
    }

    /** Over a given table (the columns of {@code event-words.tsv}); throws naming an unknown or missing kind. */
    public static EventWords of(TsvFile table) {
        return new EventWords(table);
    }

    /** Whether "les deux {@code noun}" stands for the article's two main persons. */
    boolean pairOfPersons(String noun) {
        return !pairCountries.contains(noun);
    }

    /** Whether "les deux {@code noun}" stands for the article's two main countries. */
    boolean pairOfCountries(String noun) {
        return !pairPersons.contains(noun);
    }

    /** The words as a group matched where it stands, even inside a longer word. */
    private static String any(List<String> words) {
        return "(?:" + alternation(words) + ")";
    }

    /** The words as a group matched as whole words. */
    private static String whole(List<String> words) {
        return NO_LETTER_BEFORE + any(words) + NO_LETTER_AFTER;
    }

    /** Longest first, quoted; a final {@code *} stands for any letters. */
    private static String alternation(List<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\p{L}*" : Pattern.quote(w))
                .toList());
    }
}

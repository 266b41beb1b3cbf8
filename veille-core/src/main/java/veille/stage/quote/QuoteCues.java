package veille.stage.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import veille.kb.TsvFile;

/**
 * The quote-cue lexicon ({@code veille/kb/quote-cues.tsv}): verbs of saying with their forms, attribution
 * prepositions, anaphoric head nouns, words skipped between a verb and its speaker, continuation verbs.
 *
 * <p>Words are compared lower-cased with straight apostrophes, one token at a time (a form such as
 * "fait l'éloge" is the tokens "fait", "l'", "éloge"). Immutable and thread-safe.
 */
public final class QuoteCues {
    private static final String RESOURCE = "/veille/kb/quote-cues.tsv";
    private static final String[] ER_ENDINGS = {"é", "ée", "és", "ées", "e", "ent", "ant", "a", "ait", "aient", "er",
        "èrent", "era", "ons"};
    private static volatile QuoteCues builtIn;

    /**
     * One form of a verb of saying.
     *
     * @param words the form's tokens
     * @param lemma the verb's entry ("se féliciter")
     * @param reflexive whether it is a cue only after "se"/"s'"
     */
    public record Form(List<String> words, String lemma, boolean reflexive) {
        /** Whether this is a present participle ("soulignant"). */
        public boolean participle() {
            return words.getFirst().endsWith("ant");
        }

        /** Whether this is the infinitive ("souligner"). */
        public boolean infinitive() {
            String w = words.getFirst();
            String l = lemma.startsWith("se ") ? lemma.substring(3) : lemma.startsWith("s'") ? lemma.substring(2) : lemma;
            // The whole form is the lemma: "déclare" starts "déclarer" but is a present tense.
            return String.join(" ", words).replace("' ", "'").equals(l) && (w.endsWith("er") || w.endsWith("ir")
                    || w.endsWith("re"));
        }
    }

    private final Map<String, List<Form>> formsByFirstWord;
    private final Set<String> preps;
    private final Set<String> anaphors;
    private final Set<String> skips;
    private final Set<String> continues;
    private final Set<String> stops;
    private final Set<String> media;
    private final Set<String> notSpeakers;
    private final Map<String, String> roles;
    private final Set<String> heads;
    private final Set<String> premods;
    private final Set<String> nominals;
    private final Set<String> collectives;
    private final Set<String> latests;

    private QuoteCues(Map<String, List<Form>> forms, Set<String> preps, Set<String> anaphors, Set<String> skips,
                      Set<String> continues, Set<String> stops, Set<String> notSpeakers, Map<String, String> roles,
                      Set<String> media, Set<String> heads, Set<String> premods, Set<String> nominals,
                      Set<String> collectives, Set<String> latests) {
        this.latests = Set.copyOf(latests);
        this.nominals = Set.copyOf(nominals);
        this.collectives = Set.copyOf(collectives);
        this.heads = Set.copyOf(heads);
        this.premods = Set.copyOf(premods);
        this.stops = Set.copyOf(stops);
        this.media = Set.copyOf(media);
        this.notSpeakers = Set.copyOf(notSpeakers);
        this.roles = Map.copyOf(roles);
        this.formsByFirstWord = Map.copyOf(forms);
        this.preps = Set.copyOf(preps);
        this.anaphors = Set.copyOf(anaphors);
        this.skips = Set.copyOf(skips);
        this.continues = Set.copyOf(continues);
    }

    /** The built-in lexicon, loaded once. */
    public static QuoteCues builtIn() {
        QuoteCues c = builtIn;
        if (c == null) {
            c = of(TsvFile.resource(RESOURCE));
            builtIn = c;
        }
        return c;
    }

    /** A lexicon from a table with the columns kind, entry, forms. */
    public static QuoteCues of(TsvFile table) {
        Map<String, List<Form>> forms = new HashMap<>();
        Set<String> preps = new HashSet<>();
        Set<String> anaphors = new HashSet<>();
        Set<String> skips = new HashSet<>();
        Set<String> continues = new HashSet<>();
        Set<String> stops = new HashSet<>();
        Set<String> media = new HashSet<>();
        Set<String> notSpeakers = new HashSet<>();
        Map<String, String> roles = new HashMap<>();
        Set<String> heads = new HashSet<>();
        Set<String> premods = new HashSet<>();
        Set<String> nominals = new HashSet<>();
        Set<String> collectives = new HashSet<>();
        Set<String> latests = new HashSet<>();
        for (Map<String, String> row : table.rows()) {
            String kind = row.getOrDefault("kind", "");
            String entry = fold(row.getOrDefault("entry", "").trim());
            String listed = fold(row.getOrDefault("forms", "").trim());
            switch (kind) {
                case "verb" -> {
                    boolean reflexive = entry.startsWith("se ") || entry.startsWith("s'");
                    String base = entry.startsWith("se ") ? entry.substring(3) : entry.startsWith("s'") ? entry.substring(2) : entry;
                    List<String> all = new ArrayList<>();
                    if (listed.isEmpty()) {
                        if (!base.endsWith("er")) {
                            throw new IllegalArgumentException("Quote cue '" + entry + "' in " + table.name()
                                    + " needs its forms: only regular -er verbs get them from the stem");
                        }
                        String stem = base.substring(0, base.length() - 2);
                        for (String e : ER_ENDINGS) {
                            all.add(stem + e);
                        }
                    } else {
                        all.addAll(List.of(listed.split("\\|")));
                    }
                    for (String f : all) {
                        List<String> words = words(f);
                        forms.computeIfAbsent(words.getFirst(), k -> new ArrayList<>())
                                .add(new Form(words, entry, reflexive));
                    }
                }
                case "prep" -> preps.add(entry);
                case "anaphor" -> {
                    anaphors.add(entry);
                    if (!listed.isEmpty()) {
                        roles.put(entry, listed);
                    }
                }
                case "stop" -> stops.add(entry);
                case "medium" -> media.add(entry);
                case "notspeaker" -> notSpeakers.add(entry);
                case "skip" -> skips.add(entry);
                case "continue" -> continues.add(entry);
                case "head" -> heads.add(entry);
                case "premod" -> premods.add(entry);
                case "nominal" -> nominals.add(entry);
                case "collective" -> collectives.add(entry);
                case "latest" -> latests.add(entry);
                default -> throw new IllegalArgumentException("Unknown quote-cue kind '" + kind + "' in " + table.name()
                        + ". Allowed: verb, prep, anaphor, skip, continue, stop, notspeaker, medium, head, premod, nominal, collective, latest");
            }
        }
        heads.addAll(anaphors);
        heads.addAll(media);
        return new QuoteCues(forms, preps, anaphors, skips, continues, stops, notSpeakers, roles, media, heads,
                premods, nominals, collectives, latests);
    }

    /** The tokens of a form: split at spaces and after apostrophes ("l'éloge" → "l'", "éloge"). */
    static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (String w : form.split(" +")) {
            int a = w.indexOf('\'');
            if (a > 0 && a < w.length() - 1) {
                out.add(w.substring(0, a + 1));
                out.add(w.substring(a + 1));
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower case with straight apostrophes, length-preserving. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\u2019' || c == '\u02bc' ? '\'' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * Whether a token may start a verb of saying's form ("déclaré", "estime"). The standard pipeline parses a
     * sentence when one of its words may (see {@code veille.Stages}).
     */
    public boolean mayStartCue(String word) {
        return formsByFirstWord.containsKey(fold(word));
    }

    /** The forms starting with a token, longest first; empty when none. */
    List<Form> formsStartingWith(String word) {
        return formsByFirstWord.getOrDefault(word, List.of());
    }

    /** Whether a word is an attribution preposition ("selon"). */
    boolean prep(String word) {
        return preps.contains(word);
    }

    /** Whether a word heads an anaphoric description ("dirigeant"). */
    boolean anaphor(String word) {
        return anaphors.contains(word);
    }

    /** Whether a word may stand between an auxiliary and its verb, or a verb and its speaker. */
    boolean skip(String word) {
        return skips.contains(word);
    }

    /** Whether a verb lets a cue-less sentence continue indirect speech. */
    boolean continues(String word) {
        return continues.contains(word);
    }

    /** Whether a word ends a speaker's description after a verb ("à l'issue de", "lors de"). */
    boolean stop(String word) {
        return stops.contains(word);
    }

    /** Whether a noun is a text through which its author speaks ("un communiqué de la Présidence"). */
    boolean medium(String word) {
        return media.contains(word);
    }

    /** Whether a noun names a source that is not a speaker ("selon les chiffres"). */
    boolean notSpeaker(String word) {
        return notSpeakers.contains(word);
    }

    /**
     * Whether a noun can head a speaker's description: a person or organisation noun ("porte-parole",
     * "gouvernement", "agence"), singular or plural ("manifestants").
     */
    boolean speakerHead(String word) {
        if (heads.contains(word)) {
            return true;
        }
        return (word.endsWith("s") || word.endsWith("x")) && heads.contains(word.substring(0, word.length() - 1));
    }

    /** Whether a verb's noun-phrase object is what its subject said ("réclame des effectifs"). */
    boolean nominal(String lemma) {
        return nominals.contains(lemma);
    }

    /** Whether a word after a demonstrative points to the entity named last ("ce dernier", "cette dernière"). */
    boolean latest(String word) {
        return latests.contains(word);
    }

    /** Whether a name after this noun names the organisation, not a person ("le gouvernement Assad"). */
    boolean collective(String word) {
        return collectives.contains(word);
    }

    /** Whether a word stands before the head noun of a description ("le nouveau porte-parole"). */
    boolean premodifier(String word) {
        return premods.contains(word);
    }

    /** The knowledge-base role word an anaphoric head points to ("ministre" → "minister"), or null. */
    String role(String head) {
        return roles.get(head);
    }

    /** Number of verb forms, for tests. */
    int size() {
        return formsByFirstWord.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public String toString() {
        return "QuoteCues[" + size() + " forms, " + preps.size() + " prepositions]".toLowerCase(Locale.ROOT);
    }
}

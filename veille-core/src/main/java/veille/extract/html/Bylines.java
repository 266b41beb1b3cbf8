package veille.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.doc.TextNormalizer;
import veille.kb.MatchKey;
import veille.kb.Outlet;
import veille.kb.WordRoles;
import veille.time.DateReader;

/**
 * Splits a byline into the persons it names and the agencies it credits: "Par Jean Dupont et Marie Curie, envoyés
 * spéciaux à Kiev (avec AFP)" → Jean Dupont, Marie Curie; AFP.
 *
 * <p>A name must look like a person's: two to five capitalised words (name particles such as "de", "van", "ben"
 * allowed lower-case), no digits, no address. Desks and teams ("La rédaction", "Service international"), outlets
 * ("Le Figaro", the page's own site name) and role descriptions ("envoyé spécial à Pékin") are not persons; known
 * agencies become credits. Thread-safe.
 */
final class Bylines {
    /** Name particles and desk first words, shared with the page-text metadata reader. */
    private static final WordRoles WORDS = WordRoles.load("/veille/kb/metadata-words.tsv");
    private static final Pattern SEGMENTS = Pattern.compile("\\s*(?:[|•·\\n]|\\s[—–]\\s)\\s*");
    /** Between names: punctuation, "et"/"and", before "avec"/"with", and a full stop after a word (not an initial). */
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "\\s*(?:[,;&/+]|\\bet\\b|\\band\\b|\\bund\\b)\\s*|\\s+(?=(?:avec|with)\\s)|(?<=\\p{L}{3})\\.\\s+(?=\\p{Lu})",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Outlet and site names are looked for in runs of up to this many words at either end of a name. */
    private static final int MAX_AFFIX_WORDS = 4;
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)?|\\[([^\\[\\]]*)\\]?");
    private static final int MAX_NAME_WORDS = 5;
    // Patterns used on every byline, compiled once: String.replaceAll/matches/split("\\s+") compile at each call.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.'’]]+$");
    private static final Pattern NOT_IN_NAMES = Pattern.compile(".*[\\d@/:=?#<>].*");
    static final Pattern TRAILING_LOWER_WORDS = Pattern.compile("(\\s+\\p{Ll}+)+$");
    static final Pattern TRAILING_SPACE_COMMA = Pattern.compile("[\\s,]+$");
    private static final Pattern PAR_AFTER = Pattern.compile("(?iu)\\s*par\\s.*");

    /** Persons and credited agencies of one byline, in order, without repeats. */
    record Parsed(List<String> persons, List<Outlet> agencies) {
        boolean isEmpty() {
            return persons.isEmpty() && agencies.isEmpty();
        }
    }

    private final HtmlMetaCues cues;
    private final OutletNames outlets;

    Bylines(HtmlMetaCues cues, OutletNames outlets) {
        this.cues = cues;
        this.outlets = outlets;
    }

    /**
     * Reads a byline's text.
     *
     * @param text the byline as shown, its label ("Par", "Texte :") optional
     * @param siteKeys compact keys of the page's own site names, which are never persons
     */
    Parsed parse(String text, Set<String> siteKeys) {
        List<String> persons = new ArrayList<>();
        List<Outlet> agencies = new ArrayList<>();
        String s = WHITESPACE.matcher(TextNormalizer.fold(text)).replaceAll(" ").strip();
        for (String segment : SEGMENTS.split(s)) {
            segment = beforeStamp(segment);
            segment = withoutLabel(segment);
            if (!segment.isEmpty() && Character.isLowerCase(segment.codePointAt(0))) {
                Matcher later = cues.bylineLabelAnywhere.matcher(segment);
                while (later.find()) {
                    if (later.end() < segment.length() && Character.isUpperCase(segment.codePointAt(later.end()))) {
                        segment = segment.substring(later.end()); // "de l'article Par Jean Dupont"
                        break;
                    }
                }
            }
            Matcher paren = PARENS.matcher(segment);
            StringBuilder rest = new StringBuilder();
            int last = 0;
            while (paren.find()) {
                String inside = paren.group(1) != null ? paren.group(1) : paren.group(2);
                creditsIn(inside, agencies);
                rest.append(segment, last, paren.start()).append(' ');
                last = paren.end();
            }
            rest.append(segment.substring(last));
            for (String part : NAME_SPLIT.split(rest.toString())) {
                readPart(part.strip(), siteKeys, persons, agencies);
            }
        }
        return new Parsed(List.copyOf(persons), List.copyOf(agencies));
    }

    private String withoutLabel(String segment) {
        String s = segment;
        Matcher label = cues.bylineLabel.matcher(s);
        while (label.lookingAt() && label.end() > 0) {
            s = s.substring(label.end());
            label = cues.bylineLabel.matcher(s);
        }
        return s;
    }

    private void readPart(String part, Set<String> siteKeys, List<String> persons, List<Outlet> agencies) {
        String p = EDGE_PUNCTUATION.matcher(part).replaceAll("").strip();
        if (p.isEmpty()) {
            return;
        }
        Matcher credit = cues.creditLabel.matcher(p);
        if (credit.lookingAt()) {
            String named = p.substring(credit.end());
            if (!creditsIn(named, agencies)) {
                addPerson(named, siteKeys, persons); // "avec Marie Curie": a co-author
            }
            return;
        }
        String[] dashed = DASH.split(p);
        if (dashed.length > 1) {
            for (int i = 1; i < dashed.length; i++) {
                creditsIn(dashed[i], agencies); // "Jean Dupont - AFP"
            }
            p = dashed[0];
        }
        java.util.Optional<Outlet> outlet = outlets.find(p);
        if (outlet.isPresent()) {
            if (outlet.get().isAgency()) {
                addAgency(outlet.get(), agencies);
            }
            return; // an outlet is never a person
        }
        p = withoutOrganisations(p, siteKeys, agencies); // "Tom Davies Associated Press", "Kevin McCoy USA TODAY"
        if (!p.isEmpty() && !addPerson(p, siteKeys, persons)) {
            creditsIn(p, agencies);
        }
    }

    /**
     * The name left when outlets and site names standing at its end are taken off ("Tom Davies Associated Press");
     * agencies among them become credits. A part that starts with one names a desk or a service of the outlet ("CNN
     * Business", "AP Auto Writer", "NJ Advance Media"): no name is left.
     */
    private String withoutOrganisations(String part, Set<String> siteKeys, List<Outlet> agencies) {
        List<String> words = new ArrayList<>(List.of(WHITESPACE.split(part)));
        boolean changed = true;
        while (changed && !words.isEmpty()) {
            changed = false;
            for (int n = Math.min(MAX_AFFIX_WORDS, words.size()); n >= 1 && !changed; n--) {
                for (boolean atEnd : new boolean[] {true, false}) {
                    List<String> run = atEnd ? words.subList(words.size() - n, words.size()) : words.subList(0, n);
                    String key = MatchKey.of(String.join(" ", run)); // once for the outlet and the site name
                    java.util.Optional<Outlet> o = outlets.findByKey(key);
                    if (o.isPresent() || siteKeys.contains(key.replace(" ", ""))) {
                        o.filter(Outlet::isAgency).ifPresent(a -> addAgency(a, agencies));
                        if (!atEnd) {
                            return "";
                        }
                        run.clear();
                        changed = true;
                        break;
                    }
                }
            }
        }
        return String.join(" ", words);
    }

    private boolean addPerson(String candidate, Set<String> siteKeys, List<String> persons) {
        String name = withoutRole(candidate.strip());
        if (!looksLikePerson(name)) {
            return false;
        }
        String key = MatchKey.of(name); // once for the site names, the outlets and the repeats
        if (siteKeys.contains(key.replace(" ", "")) || outlets.findByKey(key).isPresent()) {
            return false;
        }
        if (persons.stream().noneMatch(n -> MatchKey.of(n).equals(key))) {
            persons.add(name);
        }
        return true;
    }

    /**
     * "Jean Dupont envoyé spécial à Kiev" → "Jean Dupont", "Tom Gillespie News" → "Tom Gillespie", "Jeff Foust Monday"
     * → "Jeff Foust": the name stops at a role, desk or date word; a part that starts with one is no name ("").
     */
    private String withoutRole(String s) {
        String[] words = WHITESPACE.split(s);
        for (int i = 0; i < words.length; i++) {
            if (cues.endsName(words[i])) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            }
        }
        return s;
    }

    /** Whether a string looks like one person's name (see the class comment). */
    boolean looksLikePerson(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) || NOT_IN_NAMES.matcher(s).matches()) {
            return false;
        }
        String[] words = WHITESPACE.split(s);
        if (words.length < 2 || words.length > MAX_NAME_WORDS || WORDS.has(MatchKey.of(words[0]), "desk")) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            String key = MatchKey.of(w);
            if (cues.isDeskKey(key)) {
                return false;
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            } else if (!WORDS.has(key, "particle") && !key.isEmpty()) {
                return false; // "envoyé spécial", "correspondant à Moscou"
            }
        }
        return capitalised >= 2;
    }

    /** The part of a byline segment before a date or a stamp cue ("Jean Dupont Publié le 19/09/2023"). */
    private String beforeStamp(String segment) {
        int cut = segment.length();
        List<DateReader.Found> dates = DateReader.findAll(segment);
        if (!dates.isEmpty()) {
            cut = dates.get(0).start();
        }
        for (Pattern cue : List.of(cues.publishedCue, cues.updatedCue)) {
            Matcher m = cue.matcher(segment);
            if (m.find() && m.start() < cut && !isBylineVerb(segment, m)) {
                cut = m.start();
            }
        }
        String head = segment.substring(0, cut).strip();
        // "Jean Dupont le 19/09/2023": drop the lower-case words left before the date
        if (mayEndWithLowerWord(head)) {
            head = TRAILING_LOWER_WORDS.matcher(head).replaceAll("");
        }
        return mayEndWithSpaceOrComma(head) ? TRAILING_SPACE_COMMA.matcher(head).replaceAll("") : head;
    }

    /**
     * Whether {@link #TRAILING_LOWER_WORDS} can match: its {@code $} needs a lower-case letter at the end, or before
     * a final line terminator.
     */
    static boolean mayEndWithLowerWord(String text) {
        return !text.isEmpty() && (Character.getType(text.codePointBefore(text.length())) == Character.LOWERCASE_LETTER
                || isLineTerminator(text.charAt(text.length() - 1)));
    }

    /** Whether {@link #TRAILING_SPACE_COMMA} can match (see {@link #mayEndWithLowerWord}). */
    static boolean mayEndWithSpaceOrComma(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == ',' || last == ' ' || last == '\t' || last == '\u000B' || last == '\f' || isLineTerminator(last);
    }

    /** The characters before which a pattern's {@code $} also matches, without MULTILINE or UNIX_LINES. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** "Publié par Jean Dupont": the cue is the byline's label, not a stamp. */
    private boolean isBylineVerb(String segment, Matcher cue) {
        return PAR_AFTER.matcher(segment.substring(cue.end())).matches();
    }

    private boolean creditsIn(String text, List<Outlet> agencies) {
        boolean any = false;
        for (Outlet o : outlets.findIn(text)) {
            if (o.isAgency()) {
                addAgency(o, agencies);
                any = true;
            }
        }
        return any;
    }

    private static void addAgency(Outlet o, List<Outlet> agencies) {
        if (!agencies.contains(o)) {
            agencies.add(o);
        }
    }
}

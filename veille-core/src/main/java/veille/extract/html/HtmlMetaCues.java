package veille.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import veille.internal.Regexes;
import veille.kb.MatchKey;
import veille.kb.TsvFile;

/**
 * The vocabulary of {@code veille/kb/html-meta-cues.tsv}: which {@code <meta>} keys, microdata tokens, classes and
 * phrases carry which metadata, and which page zones never carry the article's own.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class HtmlMetaCues {
    static final String RESOURCE = "/veille/kb/html-meta-cues.tsv";
    private static final Set<String> KINDS = Set.of("article-type", "skip-tag", "skip-class", "article-class",
            "byline-class", "date-class", "headline-class", "site-class", "byline-label", "published-cue",
            "updated-cue", "credit-label", "desk-word", "role-word", "date-word", "title-separator", "time-updated-class",
            "time-published-class");
    private static final Set<String> META_FIELDS = Set.of("title", "published", "modified", "author", "site-name",
            "description", "section", "keywords", "url", "lang");
    private static final Set<String> PROP_FIELDS = Set.of("headline", "published", "modified", "author");
    /** The class-cue kinds, in the order of their bits. */
    private static final List<String> CLASS_KINDS = List.of("skip-class", "article-class", "byline-class",
            "date-class", "headline-class", "site-class");
    static final int SKIP = 1;
    static final int ARTICLE = 2;
    static final int BYLINE = 4;
    static final int DATE = 8;
    static final int HEADLINE = 16;
    static final int SITE = 32;
    private static volatile HtmlMetaCues builtIn;

    /** Lower-cased meta key → field, and the key's rank within its field (0 is best). */
    private final Map<String, String> metaField;
    private final Map<String, Integer> metaRank;
    /** Lower-cased microdata/RDFa token → field. */
    private final Map<String, String> propField;
    private final Set<String> articleTypes;
    private final Set<String> skipTags;
    /** Single-word class cues by their first character ("starts with" tests), and hyphenated ones (substrings). */
    private final Map<Character, ClassCue[]> classPrefixes;
    /** The same for first characters below 128, by character: an array read, not a boxed map lookup. */
    private final ClassCue[][] asciiPrefixes = new ClassCue[128][];
    private static final ClassCue[] NO_CLASS_CUES = {};
    private final List<ClassCue> classSubstrings;
    /** The hyphenated cues by their first character, as the single-word ones. */
    private final Map<Character, ClassCue[]> substringsByFirst;
    private final ClassCue[][] asciiSubstrings = new ClassCue[128][];
    /** By two ASCII characters ({@code first << 7 | second}): which cues may start there ({@code MAY_START_*}). */
    private final byte[] cueStarts = new byte[128 * 128];
    private static final int MAY_START_SUBSTRING = 1;
    private static final int MAY_START_WORD = 2;
    private static final int MAY_START_FOOTER = 4;
    private static final int MAY_START_ANY = 7;
    final Pattern bylineLabel;
    /** The characters {@link #bylineLabel} and {@link #creditLabel} can read first in a label, as (?iu) compares. */
    private final boolean[] bylineLabelFirst;
    private final boolean[] creditLabelFirst;
    /** A byline label anywhere ("Auteur de l'article Par Jean Dupont": the label of the names is the second). */
    final Pattern bylineLabelAnywhere;
    final Pattern publishedCue;
    final Pattern updatedCue;
    final Pattern creditLabel;
    private final Set<String> deskWords;
    private final Set<String> roleWords;
    private final Set<String> dateWords;
    final List<String> titleSeparators;
    /** Each title separator as a pattern: surrounded by spaces, except "_" ("Titre_French.news.cn"). */
    final List<Pattern> titleSeparatorPatterns;
    /** Parts of a {@code <time>}'s class or id that make it the update's, or the publication's (lower case). */
    final List<String> timeUpdatedClasses;
    final List<String> timePublishedClasses;
    final String sha256;

    /** A class-cue word or substring with the bit of its kind. */
    private record ClassCue(String text, int bit) {
    }

    private HtmlMetaCues(TsvFile table) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Map<String, String> r : table.rows()) {
            String kind = r.get("kind");
            String value = r.get("value");
            boolean known = KINDS.contains(kind)
                    || kind.startsWith("meta:") && META_FIELDS.contains(kind.substring(5))
                    || kind.startsWith("prop:") && PROP_FIELDS.contains(kind.substring(5));
            if (!known || value == null || value.isEmpty()) {
                throw new IllegalArgumentException(table.name() + ": unknown cue kind '" + kind + "' or empty value; "
                        + "known: meta:FIELD, prop:FIELD, " + new java.util.TreeSet<>(KINDS));
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
        }
        Map<String, String> field = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        Map<String, String> prop = new HashMap<>();
        for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
            if (e.getKey().startsWith("meta:")) {
                List<String> keys = e.getValue();
                for (int i = 0; i < keys.size(); i++) {
                    String k = keys.get(i).toLowerCase(Locale.ROOT);
                    field.putIfAbsent(k, e.getKey().substring(5));
                    rank.putIfAbsent(k, i);
                }
            } else if (e.getKey().startsWith("prop:")) {
                for (String k : e.getValue()) {
                    prop.putIfAbsent(k.toLowerCase(Locale.ROOT), e.getKey().substring(5));
                }
            }
        }
        this.metaField = Map.copyOf(field);
        this.metaRank = Map.copyOf(rank);
        this.propField = Map.copyOf(prop);
        this.articleTypes = lowerSet(byKind.get("article-type"));
        this.skipTags = lowerSet(byKind.get("skip-tag"));
        Map<Character, List<ClassCue>> prefixes = new HashMap<>();
        List<ClassCue> substrings = new ArrayList<>();
        for (int k = 0; k < CLASS_KINDS.size(); k++) {
            for (String v : byKind.getOrDefault(CLASS_KINDS.get(k), List.of())) {
                String c = normaliseClass(v);
                if (c.contains("-")) {
                    substrings.add(new ClassCue(c, 1 << k));
                } else {
                    prefixes.computeIfAbsent(c.charAt(0), x -> new ArrayList<>()).add(new ClassCue(c, 1 << k));
                }
            }
        }
        Map<Character, ClassCue[]> byFirst = new HashMap<>();
        prefixes.forEach((c, list) -> byFirst.put(c, list.toArray(NO_CLASS_CUES)));
        this.classPrefixes = Map.copyOf(byFirst);
        for (int c = 0; c < asciiPrefixes.length; c++) {
            asciiPrefixes[c] = classPrefixes.getOrDefault((char) c, NO_CLASS_CUES);
        }
        this.classSubstrings = List.copyOf(substrings);
        Map<Character, List<ClassCue>> substringLists = new HashMap<>();
        for (ClassCue c : substrings) {
            substringLists.computeIfAbsent(c.text().charAt(0), x -> new ArrayList<>()).add(c);
        }
        Map<Character, ClassCue[]> substringArrays = new HashMap<>();
        substringLists.forEach((c, list) -> substringArrays.put(c, list.toArray(NO_CLASS_CUES)));
        this.substringsByFirst = Map.copyOf(substringArrays);
        for (int c = 0; c < asciiSubstrings.length; c++) {
            asciiSubstrings[c] = substringsByFirst.getOrDefault((char) c, NO_CLASS_CUES);
        }
        for (ClassCue c : substrings) {
            markStart(cueStarts, c.text(), MAY_START_SUBSTRING);
        }
        for (ClassCue[] cuesByFirst : classPrefixes.values()) {
            for (ClassCue c : cuesByFirst) {
                markStart(cueStarts, c.text(), MAY_START_WORD);
            }
        }
        markStart(cueStarts, "copyright", MAY_START_FOOTER);
        markStart(cueStarts, "footer", MAY_START_FOOTER);
        this.bylineLabel = Pattern.compile("(?iu)^\\(?\\s*(?:" + Regexes.alternation(byKind.get("byline-label"))
                + ")(?![\\p{L}\\d])\\s*:?\\s*");
        this.bylineLabelAnywhere = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
                + Regexes.alternation(byKind.get("byline-label")) + ")(?![\\p{L}\\d])\\s*:?\\s*");
        this.publishedCue = phrase(byKind.get("published-cue"));
        this.updatedCue = phrase(byKind.get("updated-cue"));
        this.creditLabel = Pattern.compile("(?iu)^\\(?\\s*(?:" + Regexes.alternation(byKind.get("credit-label"))
                + ")(?![\\p{L}\\d])\\s*:?\\s*");
        this.bylineLabelFirst = firstCharacters(byKind.get("byline-label"));
        this.creditLabelFirst = firstCharacters(byKind.get("credit-label"));
        this.deskWords = keySet(byKind.get("desk-word"));
        this.roleWords = keySet(byKind.get("role-word"));
        this.dateWords = keySet(byKind.get("date-word"));
        this.titleSeparators = List.copyOf(byKind.get("title-separator"));
        this.titleSeparatorPatterns = titleSeparators.stream()
                .map(sep -> Pattern.compile(sep.equals("_") ? "\\s*_\\s*" : "\\s+" + Pattern.quote(sep) + "\\s+"))
                .toList();
        this.timeUpdatedClasses = List.copyOf(lowerList(byKind.getOrDefault("time-updated-class", List.of())));
        this.timePublishedClasses = List.copyOf(lowerList(byKind.getOrDefault("time-published-class", List.of())));
        this.sha256 = table.sha256();
    }

    private static List<String> lowerList(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Whether title separator {@code i} ({@link #titleSeparatorPatterns}) can match in {@code text}: its pattern
     * needs the separator's own characters, so a text without them is left alone without running the pattern.
     */
    boolean mayHoldSeparator(String text, int i) {
        return text.contains(titleSeparators.get(i));
    }

    /**
     * Whether {@link #bylineLabel} can match at the start of {@code text}: a label's first letter must stand after
     * the optional bracket and white space. Lets most blocks skip the pattern.
     */
    boolean mayOpenWithBylineLabel(String text) {
        return mayOpenWith(text, bylineLabelFirst);
    }

    /** Whether {@link #creditLabel} can match at the start of {@code text} (see {@link #mayOpenWithBylineLabel}). */
    boolean mayOpenWithCreditLabel(String text) {
        return mayOpenWith(text, creditLabelFirst);
    }

    /**
     * Whether one of the characters the pattern's "^\\(?\\s*" may stop at is a label's first: any character of the
     * opening bracket and white space, and the one after them.
     */
    private static boolean mayOpenWith(String text, boolean[] first) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (first[c]) {
                return true;
            }
            if (!(i == 0 && c == '(' || SpaceTokens.isRegexSpace(c))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Every character a case-insensitive, Unicode-case pattern matches for one of the words' first characters:
     * java.util.regex compares characters upper-cased, then lower-cased.
     */
    private static boolean[] firstCharacters(List<String> words) {
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        if (words == null) {
            return first;
        }
        StringBuilder firsts = new StringBuilder();
        for (String w : words) {
            char f = w.charAt(0);
            firsts.append(f).append(Character.toLowerCase(Character.toUpperCase(f)));
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            first[c] = firsts.indexOf(String.valueOf((char) c)) >= 0
                    || firsts.indexOf(String.valueOf(Character.toLowerCase(Character.toUpperCase((char) c)))) >= 0;
        }
        return first;
    }

    /** Cues from a table with the columns of {@code html-meta-cues.tsv}; throws on an unknown kind. */
    static HtmlMetaCues fromTable(TsvFile table) {
        return new HtmlMetaCues(table);
    }

    static HtmlMetaCues builtIn() {
        HtmlMetaCues c = builtIn;
        if (c == null) {
            synchronized (HtmlMetaCues.class) {
                c = builtIn;
                if (c == null) {
                    c = builtIn = new HtmlMetaCues(TsvFile.resource(RESOURCE));
                }
            }
        }
        return c;
    }

    /** The field a {@code <meta>} key holds, or null. */
    String metaField(String key) {
        return metaField.get(key.toLowerCase(Locale.ROOT));
    }

    /** The rank of a meta key within its field: lower is preferred. */
    int metaRank(String key) {
        return metaRank.getOrDefault(key.toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
    }

    /** The field a microdata/RDFa token holds, or null. */
    String propField(String token) {
        return propField.get(token.toLowerCase(Locale.ROOT));
    }

    /** Whether a JSON-LD or microdata type ("NewsArticle", "https://schema.org/BlogPosting") is an article. */
    boolean isArticleType(String type) {
        String t = type.strip();
        int slash = t.lastIndexOf('/');
        return articleTypes.contains((slash >= 0 ? t.substring(slash + 1) : t).toLowerCase(Locale.ROOT));
    }

    boolean isSkipTag(String normalName) {
        return skipTags.contains(normalName);
    }

    /** Whether the element's class or id carries a cue of {@code kind} ({@code skip-class}, {@code byline-class}...). */
    boolean hasClass(Element e, String kind) {
        int bit = 1 << CLASS_KINDS.indexOf(kind);
        return (attributeKinds(e.className()) & bit) != 0 || (attributeKinds(e.id()) & bit) != 0;
    }

    /**
     * Not a cue kind of the table: the class or id names a copyright notice or a footer ("copyright", "footer", any
     * case), where the page's site name is read. Cached with the cue bits, so a page's elements are tested once per
     * distinct value.
     */
    static final int FOOTER_NAME = 64;

    /**
     * The class-cue kinds an element carries, as bits ({@link #SKIP}, {@link #BYLINE}..., and {@link #FOOTER_NAME}),
     * memoised by class and id in {@code cache} (a page repeats a few dozen class values over thousands of elements)
     * and across pages.
     */
    int classKinds(String cls, String id, Map<String, Integer> cache) {
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        return cached(cls, cache) | cached(id, cache);
    }

    private int cached(String attr, Map<String, Integer> cache) {
        if (attr.isEmpty()) {
            return 0;
        }
        // per page: its values repeat over many elements. Nothing is kept across pages, so a benchmark that repeats
        // its pages measures the work a new page costs
        Integer mask = cache.get(attr);
        if (mask == null) {
            mask = attributeKinds(attr);
            cache.put(attr, mask);
        }
        return mask;
    }

    /**
     * The cue bits of one class or id value ({@link #referenceKinds} by other means): the value is normalised into
     * a buffer once and read in one pass, each position trying only the cues that start with its character; the
     * footer words are looked for in the same pass when the value is ASCII (lower-casing is then exactly what the
     * case-blind search compares).
     */
    int attributeKinds(String attr) {
        int len = attr.length();
        char[] text = new char[len];
        int n = 0;
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            char c = attr.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else if (c == '_') {
                    c = '-';
                } else if (c <= ' ' && Character.isWhitespace(c)) {
                    c = ' ';
                }
            } else {
                ascii = false;
                c = Character.toLowerCase(c);
                if (Character.isWhitespace(c)) {
                    c = ' ';
                }
            }
            if ((c == '-' || c == ' ') && n > 0 && text[n - 1] == c) {
                continue;
            }
            text[n++] = c;
        }
        int mask = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            int may = mayStartCue(c, i + 1 < n ? text[i + 1] : 0);
            if (may == 0) {
                continue; // no cue and no footer word starts with these two characters: most positions
            }
            if ((may & MAY_START_SUBSTRING) != 0) {
                mask |= matchAt(text, n, i, substringCues(c), mask);
            }
            if ((may & MAY_START_WORD) != 0 && c != ' ' && c != '-' && (i == 0 || text[i - 1] == ' '
                    || text[i - 1] == '-')) {
                int wordEnd = i + 1; // single-word cues match at a word's start, within the word
                while (wordEnd < n && text[wordEnd] != ' ' && text[wordEnd] != '-') {
                    wordEnd++;
                }
                mask |= matchAt(text, wordEnd, i, prefixCues(c), mask);
            }
            if ((may & MAY_START_FOOTER) != 0 && ascii && (mask & FOOTER_NAME) == 0
                    && (startsWith(text, n, i, "copyright") || startsWith(text, n, i, "footer"))) {
                mask |= FOOTER_NAME;
            }
        }
        if (!ascii && namesFooter(attr)) {
            mask |= FOOTER_NAME;
        }
        return mask;
    }

    /**
     * Which of the hyphenated cues, single-word cues and footer words may start with {@code first} then
     * {@code second} ({@code 0} at the end): {@code MAY_START_*} bits, all of them outside ASCII.
     */
    private int mayStartCue(char first, char second) {
        return first < 128 && second < 128 ? cueStarts[first << 7 | second] : MAY_START_ANY;
    }

    private static void markStart(byte[] starts, String word, int bit) {
        char first = word.charAt(0);
        if (first >= 128) {
            return; // outside ASCII every position is tried
        }
        if (word.length() == 1) {
            for (int second = 0; second < 128; second++) {
                starts[first << 7 | second] |= (byte) bit;
            }
        } else if (word.charAt(1) < 128) {
            starts[first << 7 | word.charAt(1)] |= (byte) bit;
        }
    }

    private ClassCue[] prefixCues(char first) {
        return first < asciiPrefixes.length ? asciiPrefixes[first] : classPrefixes.getOrDefault(first, NO_CLASS_CUES);
    }

    private ClassCue[] substringCues(char first) {
        return first < asciiSubstrings.length ? asciiSubstrings[first]
                : substringsByFirst.getOrDefault(first, NO_CLASS_CUES);
    }

    /** The bits of the cues (not yet in {@code mask}) written at {@code at}, ending by {@code limit}. */
    private static int matchAt(char[] text, int limit, int at, ClassCue[] candidates, int mask) {
        int found = 0;
        for (ClassCue c : candidates) {
            if ((mask & c.bit()) == 0 && startsWith(text, limit, at, c.text())) {
                found |= c.bit();
            }
        }
        return found;
    }

    private static boolean startsWith(char[] text, int limit, int at, String word) {
        int w = word.length();
        if (at + w > limit) {
            return false;
        }
        for (int j = 0; j < w; j++) {
            if (text[at + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cue bits of a class or id value read the plain way, the specification {@link #attributeKinds} is tested
     * against: normalised, hyphenated cues as substrings, single-word cues at the start of a word, and the footer
     * words in any case.
     */
    int referenceKinds(String attr) {
        return classMask(attr) | (namesFooter(attr) ? FOOTER_NAME : 0);
    }

    /** Whether a class or id names a copyright notice or a footer, in any case. */
    private static boolean namesFooter(String attr) {
        return names(attr, "copyright") || names(attr, "footer");
    }

    /** Whether a class or id holds a word, in any case ({@code what} in lower case). */
    private static boolean names(String attr, String what) {
        return attr.length() >= what.length() && HtmlExtractor.indexOfIgnoreCase(attr, what, 0) >= 0;
    }

    private int classMask(String attr) {
        if (attr.isEmpty()) {
            return 0;
        }
        String normalised = normaliseClass(attr);
        int mask = 0;
        if (normalised.indexOf('-') >= 0) {
            for (ClassCue c : classSubstrings) {
                if ((mask & c.bit()) == 0 && normalised.contains(c.text())) {
                    mask |= c.bit();
                }
            }
        }
        int start = 0;
        for (int i = 0; i <= normalised.length(); i++) {
            if (i == normalised.length() || normalised.charAt(i) == ' ' || normalised.charAt(i) == '-') {
                if (i > start) {
                    char first = normalised.charAt(start);
                    for (ClassCue c : first < asciiPrefixes.length ? asciiPrefixes[first]
                            : classPrefixes.getOrDefault(first, NO_CLASS_CUES)) {
                        if ((mask & c.bit()) == 0 && start + c.text().length() <= i
                                && normalised.startsWith(c.text(), start)) {
                            mask |= c.bit();
                        }
                    }
                }
                start = i + 1;
            }
        }
        return mask;
    }

    /**
     * Lower case, "_" as "-", runs of "-" as one, white space as single spaces: BEM and CSS-module names
     * ("article__title", "Article_byline__u1I2o") meet the cues' single hyphens.
     */
    static String normaliseClass(String attr) {
        char[] out = new char[attr.length()];
        int n = 0;
        for (int i = 0; i < attr.length(); i++) {
            char c = Character.toLowerCase(attr.charAt(i));
            if (c == '_') {
                c = '-';
            } else if (Character.isWhitespace(c)) {
                c = ' ';
            }
            if ((c == '-' || c == ' ') && n > 0 && out[n - 1] == c) {
                continue;
            }
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    /**
     * Whether a word makes a byline a desk rather than a person, given the word's {@link MatchKey} (any case and
     * accents; only its first part counts).
     */
    boolean isDeskKey(String wordKey) {
        return deskWords.contains(firstPart(wordKey));
    }

    /**
     * Whether a byline's name stops at a word: it opens a role ("envoyé spécial à Kiev", "Editor-at-large"), names a
     * desk ("News") or belongs to a date the byline ran into ("Monday").
     */
    boolean endsName(String word) {
        String k = firstKey(word);
        return roleWords.contains(k) || deskWords.contains(k) || dateWords.contains(k);
    }

    /** The match key of a word's first part ("Editor-at-large" → "editor"). */
    private static String firstKey(String word) {
        return firstPart(MatchKey.of(word));
    }

    private static String firstPart(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private static Pattern phrase(List<String> words) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + Regexes.alternation(words) + ")(?![\\p{L}\\d])");
    }

    private static Set<String> lowerSet(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            out.add(v.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Set<String> keySet(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            out.add(MatchKey.of(v));
        }
        return Set.copyOf(out);
    }
}

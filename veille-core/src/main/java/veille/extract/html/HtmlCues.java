package veille.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import veille.kb.TsvFile;

/**
 * The cues of {@code veille/kb/html-cues.tsv}: what a tag or a class/id word says about the text under it.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class HtmlCues {
    /** What a tag or attribute word marks. */
    enum Role {
        NONE, SKIP, BLOCK, BREAK, HEADING, LINK, CONTENT, BOILERPLATE, END, CAPTION, BYLINE, STAMP, HIDDEN, EMBED;

        static Role parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** One attribute cue. */
    private record WordCue(String[] words, Role role, int weight, boolean part) {
    }

    /**
     * What an element's attributes say: each role's presence as a bit of {@code roles}, and the element's weight
     * (the highest positive plus the lowest negative cue weight).
     */
    record AttrCues(int roles, int weight) {
        static final AttrCues NONE = new AttrCues(0, 0);

        boolean has(Role r) {
            return (roles & (1 << r.ordinal())) != 0;
        }

        /** Page furniture: a boilerplate or a closing ("end") word, unless an "embed" word says it is quoted content. */
        boolean furniture() {
            return (has(Role.BOILERPLATE) || has(Role.END)) && !has(Role.EMBED);
        }
    }

    private static volatile HtmlCues builtIn;

    private final Map<String, Role> tagRoles;
    private final Map<String, Integer> tagWeights;
    /** Single-word cues by word; multi-word and part cues are scanned. */
    private final Map<String, WordCue> wholeWords;
    private final Map<Character, List<WordCue>> partsByFirst = new HashMap<>();
    private final Map<Character, List<WordCue>> partsByLast = new HashMap<>();
    /** Multi-word cues by their first word, and by that word with a plural "s", in file order. */
    private final Map<String, List<WordCue>> phrasesByFirst = new HashMap<>();
    private final String sha256;

    private HtmlCues(Map<String, Role> tagRoles, Map<String, Integer> tagWeights, Map<String, WordCue> wholeWords,
                     List<WordCue> partCues, List<WordCue> phraseCues, String sha256) {
        this.tagRoles = Map.copyOf(tagRoles);
        this.tagWeights = Map.copyOf(tagWeights);
        this.wholeWords = Map.copyOf(wholeWords);
        for (WordCue p : partCues) {
            String w = p.words()[0];
            partsByFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(p);
            partsByLast.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(p);
        }
        for (WordCue p : phraseCues) {
            String first = p.words()[0];
            phrasesByFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            phrasesByFirst.computeIfAbsent(first + "s", k -> new ArrayList<>()).add(p);
        }
        this.sha256 = sha256;
    }

    static HtmlCues builtIn() {
        HtmlCues c = builtIn;
        if (c == null) {
            synchronized (HtmlCues.class) {
                c = builtIn;
                if (c == null) {
                    c = builtIn = fromTable(TsvFile.resource("/veille/kb/html-cues.tsv"));
                }
            }
        }
        return c;
    }

    static HtmlCues fromTable(TsvFile table) {
        Map<String, Role> tagRoles = new HashMap<>();
        Map<String, Integer> tagWeights = new HashMap<>();
        Map<String, WordCue> whole = new HashMap<>();
        List<WordCue> parts = new ArrayList<>();
        List<WordCue> phrases = new ArrayList<>();
        for (Map<String, String> r : table.rows()) {
            String word = r.get("word").toLowerCase(Locale.ROOT);
            Role role = Role.parse(r.get("role"));
            int weight = Integer.parseInt(r.get("weight"));
            switch (r.get("on")) {
                case "tag" -> {
                    tagRoles.put(word, role);
                    tagWeights.put(word, weight);
                }
                case "word" -> {
                    WordCue cue = new WordCue(word.split(" "), role, weight, r.getOrDefault("match", "").equals("part"));
                    if (cue.words().length > 1) {
                        phrases.add(cue);
                    } else {
                        whole.put(word, cue);
                        if (cue.part()) {
                            parts.add(cue);
                        }
                    }
                }
                default -> throw new IllegalArgumentException(table.name() + ": unknown 'on' value '" + r.get("on")
                        + "' for " + word + ". Known: tag, word");
            }
        }
        return new HtmlCues(tagRoles, tagWeights, whole, parts, phrases, table.sha256());
    }

    /** The role of a tag ({@link Role#NONE} for inline tags such as {@code span}). */
    Role tagRole(String tag) {
        return tagRoles.getOrDefault(tag, Role.NONE);
    }

    /** The score a candidate container starts with for its tag. */
    int tagWeight(String tag) {
        return tagWeights.getOrDefault(tag, 0);
    }

    /**
     * One page's cache of cue results: a page repeats the same class strings hundreds of times, and the same words
     * across them (about 470 attribute values a page, 210 distinct, made of 220 distinct words). Not thread-safe.
     */
    static final class Memo {
        private final Map<String, long[]> values = new HashMap<>();
        private final Map<String, WordCue> words = new HashMap<>();
    }

    /** The single-word result stored for a word that names no cue. */
    private static final WordCue NO_CUE = new WordCue(new String[0], Role.NONE, 0, false);

    /** What the class, id, itemprop and role attributes of an element say, cached in a page's {@code memo}. */
    AttrCues attrCues(Element e, Memo memo) {
        if (e.attributesSize() == 0) {
            return AttrCues.NONE;
        }
        int roles = 0;
        int pos = 0;
        int neg = 0;
        org.jsoup.nodes.Attributes attributes = e.attributes();
        for (String key : CUE_ATTRIBUTES) {
            String value = attributes.get(key); // names lower-cased by the parser: no case-folding scan
            if (value.isEmpty()) {
                continue;
            }
            long[] r = memo.values.get(value);
            if (r == null) {
                r = valueCues(value, memo);
                memo.values.put(value, r);
            }
            roles |= (int) r[0];
            pos = Math.max(pos, (int) r[1]);
            neg = Math.min(neg, (int) r[2]);
        }
        return roles == 0 ? AttrCues.NONE : new AttrCues(roles, pos + neg);
    }

    /** The attributes whose words are read. */
    private static final String[] CUE_ATTRIBUTES = {"class", "id", "itemprop", "role"};

    /** Roles bit set, highest positive weight, lowest negative weight of one attribute value. */
    private long[] valueCues(String value, Memo memo) {
        int roles = 0;
        int pos = 0;
        int neg = 0;
        List<String> words = words(value);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            WordCue cue = memo.words.get(w);
            if (cue == null) {
                cue = wordCue(w);
                memo.words.put(w, cue == null ? NO_CUE : cue);
            } else if (cue == NO_CUE) {
                cue = null;
            }
            if (cue == null && i + 1 < words.size()) {
                List<WordCue> phrases = phrasesByFirst.get(w);
                if (phrases != null) {
                    for (WordCue p : phrases) {
                        if (matchesAt(words, i, p.words())) {
                            cue = p;
                            break;
                        }
                    }
                }
            }
            if (cue != null) {
                roles |= 1 << cue.role().ordinal();
                pos = Math.max(pos, cue.weight());
                neg = Math.min(neg, cue.weight());
            }
        }
        return new long[] {roles, pos, neg};
    }

    /** The cue one word names by itself: as a whole word, without a plural "s", or as a part; null if none. */
    private WordCue wordCue(String w) {
        WordCue cue = wholeWords.get(w);
        if (cue == null && w.length() > 3 && w.endsWith("s")) {
            cue = wholeWords.get(w.substring(0, w.length() - 1));
        }
        if (cue == null && w.length() > 3) {
            cue = partCue(w);
        }
        return cue;
    }

    /** A part cue the word starts or ends with ("sharebar", "socialshare"), looked up by first and last letter. */
    private WordCue partCue(String w) {
        List<WordCue> byFirst = partsByFirst.get(w.charAt(0));
        if (byFirst != null) {
            for (WordCue p : byFirst) {
                String pw = p.words()[0];
                if (w.length() > pw.length() + 1 && w.startsWith(pw)) {
                    return p;
                }
            }
        }
        List<WordCue> byLast = partsByLast.get(w.charAt(w.length() - 1));
        if (byLast != null) {
            for (WordCue p : byLast) {
                String pw = p.words()[0];
                if (w.length() > pw.length() + 1 && w.endsWith(pw)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(List<String> words, int at, String[] phrase) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String w = words.get(at + k);
            if (!w.equals(phrase[k]) && !(w.endsWith("s") && w.length() - 1 == phrase[k].length()
                    && w.startsWith(phrase[k]))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words of an attribute value, split at non-alphanumerics and camelCase humps. */
    static List<String> words(String value) {
        List<String> out = new ArrayList<>(4);
        int start = -1; // where the current word starts, or -1 between words
        boolean upper = false; // whether the current word holds an upper-case letter
        char prev = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean isUpper = Character.isUpperCase(c);
                if (isUpper && start >= 0 && Character.isLowerCase(prev)) {
                    out.add(lowerWord(value, start, i, upper));
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    upper = false;
                }
                upper |= Character.toLowerCase(c) != c;
            } else if (start >= 0) {
                out.add(lowerWord(value, start, i, upper));
                start = -1;
            }
            prev = c;
        }
        if (start >= 0) {
            out.add(lowerWord(value, start, value.length(), upper));
        }
        return out;
    }

    /** A word cut from a value, lower-cased character by character (most class words are lower case already). */
    private static String lowerWord(String value, int from, int to, boolean hasUpper) {
        if (!hasUpper) {
            return value.substring(from, to);
        }
        char[] w = new char[to - from];
        for (int i = from; i < to; i++) {
            w[i - from] = Character.toLowerCase(value.charAt(i));
        }
        return new String(w);
    }

    String sha256() {
        return sha256;
    }
}

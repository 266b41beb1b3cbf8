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
        NONE, SKIP, BLOCK, BREAK, HEADING, LINK, CONTENT, BOILERPLATE, END, CAPTION, BYLINE, STAMP, HIDDEN, EMBED,
        /** One post, by the microformats' {@code hentry}: content, whose taxonomy classes ("tag-x") are no furniture. */
        ENTRY,
        /** An author box: a byline when small, furniture when it holds the writer's biography. */
        PROFILE;

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

        /**
         * Page furniture: a boilerplate or a closing ("end") word, unless an "embed" word says it is quoted content
         * or an "entry" word that it is one post (WordPress writes its tags and categories into the post's classes:
         * "hentry tag-travel").
         */
        boolean furniture() {
            return (has(Role.BOILERPLATE) || has(Role.END)) && !has(Role.EMBED) && !has(Role.ENTRY);
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
     * across them (about 470 attribute values a page, 210 distinct, made of 220 distinct words). Words are looked up
     * where they stand in the value, so a known word costs no substring. Not thread-safe.
     */
    static final class Memo {
        private final Map<String, long[]> values = new HashMap<>();
        /** Open addressing by the lower-cased word's {@code String.hashCode}; half full at most. */
        private Word[] table = new Word[512];
        private int size;
        /** The current value's words, reused from one value to the next. */
        private Word[] read = new Word[16];

        /** The known word at {@code value[from, to)} read in lower case, or null; {@code hash} is its hash. */
        private Word find(String value, int from, int to, int hash) {
            int mask = table.length - 1;
            for (int i = mix(hash) & mask; table[i] != null; i = (i + 1) & mask) {
                Word w = table[i];
                if (w.hash == hash && w.text.length() == to - from && w.sameAs(value, from)) {
                    return w;
                }
            }
            return null;
        }

        private void add(Word w) {
            if (++size * 2 > table.length) {
                Word[] old = table;
                table = new Word[old.length * 2];
                for (Word x : old) {
                    if (x != null) {
                        put(x);
                    }
                }
            }
            put(w);
        }

        private void put(Word w) {
            int mask = table.length - 1;
            int i = mix(w.hash) & mask;
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = w;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }
    }

    /** A word of a page's attribute values, lower case, with the cue it names alone and the phrases it may start. */
    private record Word(String text, int hash, WordCue cue, List<WordCue> phrases) {
        /** Whether {@code value} holds this word from {@code from} on, read in lower case (lengths checked before). */
        boolean sameAs(String value, int from) {
            for (int k = 0; k < text.length(); k++) {
                if (lower(value.charAt(from + k)) != text.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code Character.toLowerCase}, without its table lookup for ASCII. */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

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
        int count = readWords(value, memo);
        Word[] words = memo.read;
        int roles = 0;
        int pos = 0;
        int neg = 0;
        for (int i = 0; i < count; i++) {
            // a phrase before its first word alone: "hidden-xs" (hidden on phones only) is not "hidden"
            WordCue cue = null;
            if (i + 1 < count && words[i].phrases() != null) {
                for (WordCue p : words[i].phrases()) {
                    if (matchesAt(words, count, i, p.words())) {
                        cue = p;
                        i += p.words().length - 1;
                        break;
                    }
                }
            }
            if (cue == null) {
                cue = words[i].cue();
            }
            if (cue != null) {
                roles |= 1 << cue.role().ordinal();
                if (cue.role() == Role.ENTRY) {
                    roles |= 1 << Role.CONTENT.ordinal();
                }
                pos = Math.max(pos, cue.weight());
                neg = Math.min(neg, cue.weight());
            }
        }
        return new long[] {roles, pos, neg};
    }

    /**
     * Reads the words of a value into {@code memo.read} (cut as {@link #words} cuts them), each looked up in the
     * page's memo in place and added to it when new. Returns how many.
     */
    private int readWords(String value, Memo memo) {
        int count = 0;
        int start = -1; // where the current word starts, or -1 between words
        int hash = 0; // String.hashCode of the current word in lower case, so far
        char prev = 0;
        int n = value.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            boolean letterOrDigit = i < n && Character.isLetterOrDigit(c);
            boolean hump = letterOrDigit && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (start >= 0 && (!letterOrDigit || hump)) {
                if (count == memo.read.length) {
                    memo.read = java.util.Arrays.copyOf(memo.read, count * 2);
                }
                memo.read[count++] = word(value, start, i, hash, memo);
                start = -1;
            }
            if (letterOrDigit) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + lower(c);
            }
            prev = c;
        }
        return count;
    }

    private Word word(String value, int from, int to, int hash, Memo memo) {
        Word w = memo.find(value, from, to, hash);
        if (w == null) {
            char[] chars = new char[to - from];
            for (int k = from; k < to; k++) {
                chars[k - from] = lower(value.charAt(k));
            }
            String text = new String(chars);
            w = new Word(text, hash, wordCue(text), phrasesByFirst.get(text));
            memo.add(w);
        }
        return w;
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

    private static boolean matchesAt(Word[] words, int count, int at, String[] phrase) {
        if (at + phrase.length > count) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String w = words[at + k].text();
            if (!w.equals(phrase[k]) && !(w.endsWith("s") && w.length() - 1 == phrase[k].length()
                    && w.startsWith(phrase[k]))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words of an attribute value, split at non-alphanumerics and camelCase humps, as cues read them. */
    List<String> words(String value) {
        Memo memo = new Memo();
        int count = readWords(value, memo);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(memo.read[i].text());
        }
        return out;
    }

    String sha256() {
        return sha256;
    }
}

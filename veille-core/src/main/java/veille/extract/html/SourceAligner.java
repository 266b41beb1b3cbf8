package veille.extract.html;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * Finds where the parser's text came from in the HTML source without the parser's own position tracking, which
 * doubles jsoup's parse time.
 *
 * <p>A light scan lists the source's text runs: the characters between tags, outside comments, declarations and
 * the raw text of {@code script}, {@code style} and the like ({@code title} and {@code textarea} text counts). Each
 * visible text node is then matched, in document order, against the runs from where the previous one ended: entities
 * are decoded, white space is skipped on both sides, and runs the walk does not visit (a button's label, an option
 * list) are passed over. A node that cannot be matched, such as text the parser moved out of a table (foster
 * parenting), makes {@link #align} fail, and the caller re-parses with the parser's tracking instead.
 *
 * <p>Offsets are UTF-16 positions in the source; a matched node spans from its first to past its last non-white
 * character. One per page; not thread-safe.
 */
final class SourceAligner {
    /** Raw-text elements: their content is never text ({@code iframe}'s is not parsed at all). */
    static final String[] RAW = {"script", "style", "xmp", "iframe", "noembed", "noframes"};
    /** Escapable raw-text elements: their content is one text run. */
    static final String[] RCDATA = {"title", "textarea"};
    /** Every element name the scan treats apart (raw text, RCDATA, plaintext), and the longest one's length. */
    private static final String[] SPECIAL = java.util.stream.Stream.of(RAW, RCDATA, new String[] {"plaintext"})
            .flatMap(Arrays::stream).toArray(String[]::new);
    private static final int SPECIAL_MAX_LENGTH = Arrays.stream(SPECIAL).mapToInt(String::length).max().orElse(0);
    /** How many runs a node may be looked for past the cursor before alignment gives up. */
    private static final int MAX_SKIPPED_RUNS = 5000;
    /** How far the text of an unread node is looked for: text the lexer has no run for (an SVG style) is not found. */
    private static final int PASS_WINDOW = 32;

    private final String src;
    private int[] runStart = new int[256];
    private int[] runEnd = new int[256];
    private int runs;
    /** The character references met on the page, decoded. */
    private final Map<String, String> decodedReferences = new HashMap<>();
    /** The scan: where it goes on, where the text since the last tag starts, and whether it reached the end. */
    private int lexAt;
    private int lexText;
    private boolean lexed;

    /** The cursor: the run and the position in it where the next node is looked for. */
    private int run;
    private int pos;

    /** Shorter stretches are compared character by character. */
    private static final int MIN_STRETCH = 8;
    /** The first {@code &} at or after {@code ampFrom} is at {@code ampAt} (the source's length when none). */
    private int ampFrom = Integer.MAX_VALUE;
    private int ampAt = -1;

    /** The last matched node's first and past-last non-white source characters. */
    int start;
    int end;

    private SourceAligner(String src) {
        this.src = src;
    }

    /** An aligner over {@code src}; its text runs are scanned as matching reaches them. */
    static SourceAligner of(String src) {
        SourceAligner a = new SourceAligner(src);
        a.pos = a.has(0) ? a.runStart[0] : 0;
        return a;
    }

    /**
     * Whether run {@code r} exists, scanning the source up to it first: matching stops at the page's last visible
     * text, so the scripts and markup after it are never scanned.
     */
    private boolean has(int r) {
        while (r >= runs && !lexed) {
            lexStep();
        }
        return r < runs;
    }

    /** Scans from {@link #lexAt} past the next tag, comment or raw-text element, adding the text runs before it. */
    private void lexStep() {
        String s = src;
        int n = s.length();
        int i = lexAt;
        int lt = i < n ? s.indexOf('<', i) : -1;
        if (lt < 0 || lt + 1 >= n) {
            addRun(lexText, n);
            lexed = true;
            return;
        }
        char d = s.charAt(lt + 1);
        if (d == '!' || d == '?') {
            addRun(lexText, lt);
            if (s.startsWith("<!-->", lt)) {
                i = lt + 5; // an empty comment, closed abruptly
            } else if (s.startsWith("<!--->", lt)) {
                i = lt + 6;
            } else if (s.startsWith("<!--", lt)) {
                int e = s.indexOf("-->", lt + 4);
                i = e < 0 ? n : e + 3;
            } else {
                int e = s.indexOf('>', lt + 2);
                i = e < 0 ? n : e + 1;
            }
            lexText = i;
        } else if (d == '/') {
            addRun(lexText, lt);
            int e = s.indexOf('>', lt + 2);
            i = e < 0 ? n : e + 1;
            lexText = i;
        } else if (isAsciiLetter(d)) {
            addRun(lexText, lt);
            int j = lt + 1;
            while (j < n && !isSpace(s.charAt(j)) && s.charAt(j) != '/' && s.charAt(j) != '>') {
                j++;
            }
            // the name is compared in place: most tags are none of these, and need no lower-cased copy
            String name = special(lt + 1, j);
            i = skipTag(j);
            lexText = i;
            if (name != null) {
                if (in(RAW, name)) {
                    i = closingTag(name, i);
                    lexText = i;
                } else if (in(RCDATA, name)) {
                    int close = closingTag(name, i);
                    addRun(i, close);
                    i = close;
                    lexText = i;
                } else {
                    i = n; // plaintext, the one other special name: everything after it is text
                }
            }
        } else {
            i = lt + 1; // a '<' that opens nothing is text
        }
        lexAt = i;
        if (i >= n) {
            addRun(lexText, n);
            lexed = true;
        }
    }

    /** The raw-text, RCDATA or plaintext element whose name the source holds at [from, to), ignoring case; else null. */
    private String special(int from, int to) {
        int len = to - from;
        if (len < 3 || len > SPECIAL_MAX_LENGTH) {
            return null;
        }
        for (String name : SPECIAL) {
            if (name.length() == len && asciiEqualsIgnoreCase(from, name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether the source at {@code from} holds {@code lower} (ASCII lower case) with ASCII letters in either case, as
     * lower-casing the name with {@code Locale.ROOT} and comparing would say ({@code regionMatches(true, ...)} would
     * also take "ſcript", whose long s upper-cases to S).
     */
    private boolean asciiEqualsIgnoreCase(int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = src.charAt(from + k);
            if (c != lower.charAt(k) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Past the '>' that closes a tag whose name ends at {@code j}; quoted attribute values may hold '>'. */
    private int skipTag(int j) {
        return skipTag(src, j);
    }

    /**
     * Past the '>' that closes a tag in {@code s} from {@code j}: a quote right after an {@code =} (white space
     * between them allowed) opens a value, which is jumped over whole. Found with {@code indexOf} from one {@code =}
     * to the next rather than character by character.
     */
    static int skipTag(String s, int j) {
        int n = s.length();
        int gt = -1;
        while (true) {
            if (gt < j) {
                gt = s.indexOf('>', j);
                if (gt < 0) {
                    return n; // no end, or only inside an unclosed value
                }
            }
            int eq = s.indexOf('=', j);
            if (eq < 0 || eq > gt) {
                return gt + 1;
            }
            int k = eq + 1;
            while (k < n && isSpace(s.charAt(k))) {
                k++;
            }
            if (k < n && (s.charAt(k) == '"' || s.charAt(k) == '\'')) {
                int q = s.indexOf(s.charAt(k), k + 1);
                if (q < 0) {
                    return n;
                }
                j = q + 1;
            } else {
                j = k;
            }
        }
    }

    /** Where {@code </name} starts at or after {@code from}, case-insensitively; the source's end if nowhere. */
    private int closingTag(String name, int from) {
        String s = src;
        int n = s.length();
        int i = from;
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0) {
                return n;
            }
            if (s.regionMatches(true, lt + 2, name, 0, name.length())) {
                int after = lt + 2 + name.length();
                if (after >= n || isSpace(s.charAt(after)) || s.charAt(after) == '>' || s.charAt(after) == '/') {
                    return lt;
                }
            }
            i = lt + 2;
        }
    }

    private void addRun(int from, int to) {
        if (to <= from) {
            return;
        }
        if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, runs * 2);
            runEnd = Arrays.copyOf(runEnd, runs * 2);
        }
        runStart[runs] = from;
        runEnd[runs] = to;
        runs++;
    }

    /**
     * Matches a text node's decoded text (with at least one non-white character) from the cursor on; on success
     * sets {@link #start} and {@link #end} and moves the cursor past it.
     */
    boolean align(String text) {
        return align(text, MAX_SKIPPED_RUNS);
    }

    /**
     * Moves the cursor past the text of a node the walk does not read (a button's label, the page's {@code <title>}),
     * when it is found within the next few runs, so that a later node with the same words is not matched there.
     */
    void pass(String text) {
        if (hasVisible(text)) {
            align(text, PASS_WINDOW);
        }
    }

    private static boolean hasVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean align(String text, int maxRuns) {
        int tries = 0;
        for (int r = run, p = pos; has(r) && tries < maxRuns; tries++) {
            if (match(r, p, text)) {
                return true;
            }
            r++;
            if (has(r)) {
                p = runStart[r];
            }
        }
        return false;
    }

    /** Tries the whole node from run {@code r}, position {@code p}; on success moves the cursor. */
    private boolean match(int r, int p, String text) {
        String s = src;
        int w = 0;
        int tn = text.length();
        int first = -1;
        int last = -1;
        while (true) {
            while (w < tn && isSpace(text.charAt(w))) {
                w++;
            }
            if (w >= tn) {
                break;
            }
            // the next non-white source character, across run boundaries (tags the parser dropped)
            while (true) {
                if (p >= runEnd[r]) {
                    if (!has(++r)) {
                        return false;
                    }
                    p = runStart[r];
                    continue;
                }
                if (isSpace(s.charAt(p))) {
                    p++;
                    continue;
                }
                break;
            }
            char c = s.charAt(p);
            if (c == '&') {
                // A character reference: compare what it decodes to (an unknown one decodes to itself).
                int k = entityEnd(p);
                String decoded = k > p + 1 ? decode(s.substring(p, k)) : "&";
                for (int d = 0; d < decoded.length(); d++) {
                    char dc = decoded.charAt(d);
                    if (isSpace(dc)) {
                        continue;
                    }
                    while (w < tn && isSpace(text.charAt(w))) {
                        w++;
                    }
                    if (w >= tn || text.charAt(w) != dc) {
                        return false;
                    }
                    w++;
                }
                if (first < 0) {
                    first = p;
                }
                p = k;
                last = k;
                continue;
            }
            int stretch = stretch(r, p, text, w);
            if (stretch >= MIN_STRETCH && s.regionMatches(p, text, w, stretch)) {
                // compared at once: no reference or run boundary inside, so char by char would match the same way
                if (first < 0) {
                    first = p;
                }
                p += stretch;
                w += stretch;
                last = p;
                continue;
            }
            if (c != text.charAt(w)) {
                return false;
            }
            if (first < 0) {
                first = p;
            }
            p++;
            w++;
            last = p;
        }
        if (first < 0) {
            return false;
        }
        start = first;
        end = last;
        run = r;
        pos = p;
        return true;
    }

    /**
     * How many characters from source position {@code p} and text position {@code w} can be compared as one
     * stretch: up to the run's end, the next {@code &} in the source and the text's end, and ending on a non-white
     * text character (so the match ends where the character-by-character comparison would).
     */
    private int stretch(int r, int p, String text, int w) {
        if (p < ampFrom || p > ampAt) {
            ampFrom = p;
            int a = src.indexOf('&', p);
            ampAt = a < 0 ? src.length() : a;
        }
        int n = Math.min(text.length() - w, Math.min(runEnd[r], ampAt) - p);
        while (n > 0 && isSpace(text.charAt(w + n - 1))) {
            n--;
        }
        return n;
    }

    /**
     * What a character reference decodes to, as the parser decodes it; remembered for the page, since a page repeats
     * a few references ({@code &nbsp;}, {@code &amp;}, {@code &#8217;}) and each decoding builds a tokeniser.
     */
    private String decode(String reference) {
        String decoded = decodedReferences.get(reference);
        if (decoded == null) {
            decoded = Parser.unescapeEntities(reference, false);
            decodedReferences.put(reference, decoded);
        }
        return decoded;
    }

    /** Past a character reference starting at {@code p} ('&'): {@code &name;}, {@code &#123;}, {@code &#x1F;}. */
    private int entityEnd(int p) {
        String s = src;
        int n = Math.min(s.length(), p + 40);
        int k = p + 1;
        if (k < n && s.charAt(k) == '#') {
            k++;
            if (k < n && (s.charAt(k) == 'x' || s.charAt(k) == 'X')) {
                k++;
            }
            while (k < n && Character.digit(s.charAt(k), 16) >= 0) {
                k++;
            }
        } else {
            while (k < n && isAsciiLetterOrDigit(s.charAt(k))) {
                k++;
            }
        }
        if (k < n && s.charAt(k) == ';') {
            k++;
        }
        return k;
    }

    private static boolean in(String[] names, String name) {
        for (String x : names) {
            if (x.equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}

package veille.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import veille.doc.TextNormalizer;

/**
 * Small text tests and clean-ups the metadata readers share, most of them a regex's result computed without the
 * regex: they run on every text block of a page.
 */
final class MetaText {
    static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    /** Brackets, white space and a full stop around a name: "(AFP)", "[Xinhua]. ". */
    static final Pattern BRACKETS = Pattern.compile("^[\\s(\\[]+|[\\s)\\].]+$");
    // compiled once: String.split with a regex of more than one character compiles it at each call
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String[] TOKEN_ATTRIBUTES = {"itemprop", "property", "rel"};

    private MetaText() {
    }

    /**
     * {@code SPACES.matcher(s).replaceAll(" ").strip()}, without the regex: each run of white space, no-break or
     * narrow no-break spaces becomes one space; a text with none but single spaces is returned as it is.
     */
    static String normaliseSpace(String s) {
        int n = s.length();
        int i = 0;
        // the first place a run is not already a single plain space
        while (i < n) {
            char c = s.charAt(i);
            if (isSpaceRun(c) && (c != ' ' || i + 1 < n && isSpaceRun(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s.strip();
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpaceRun(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString().strip();
    }

    /** The characters of {@link #SPACES}. */
    private static boolean isSpaceRun(char c) {
        return SpaceTokens.isRegexSpace(c) || c == '\u00A0' || c == '\u202F';
    }

    /**
     * Whether {@link #BRACKETS} can match: it only takes white space or brackets at the start, or white space,
     * closing brackets or full stops at the end.
     */
    static boolean mayHoldBrackets(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return SpaceTokens.isRegexSpace(first) || first == '(' || first == '['
                || SpaceTokens.isRegexSpace(last) || last == ')' || last == ']' || last == '.';
    }

    /** {@code text} without the brackets, white space and full stop around it. */
    static String withoutBrackets(String text) {
        return mayHoldBrackets(text) ? BRACKETS.matcher(text).replaceAll("") : text;
    }

    /** Whether {@code text}, split at single spaces, has more than {@code max} parts; stops counting early. */
    static boolean moreWordsThan(String text, int max) {
        int parts = 1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (++parts > max) {
                return true;
            }
        }
        return false;
    }

    /** {@code text.chars().anyMatch(Character::isLetterOrDigit)}, without the stream. */
    static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit((int) text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Values some CMSs escape twice ("Bike &amp; Style", "&#8211;") as a reader sees them. */
    static String unescape(String value) {
        return value.indexOf('&') >= 0 && value.indexOf(';') > 0 ? Parser.unescapeEntities(value, false) : value;
    }

    /** Whether a white-space separated attribute value holds {@code token}, in any case ("canonical"). */
    static boolean hasToken(String attr, String token) {
        for (String t : WHITESPACE.split(attr)) {
            if (t.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the element's itemprop, property or rel, else its tag: the key of a microdata value. */
    static String firstToken(Element e) {
        for (String attr : TOKEN_ATTRIBUTES) {
            if (!e.attr(attr).isBlank()) {
                return WHITESPACE.split(e.attr(attr).strip())[0];
            }
        }
        return e.normalName();
    }

    /** Where the last match of {@code p} in the folded {@code text} starts, or -1. */
    static int lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(TextNormalizer.fold(text));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}

package veille.stage.tokenize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import veille.doc.Token;
import veille.doc.TokenKind;

/**
 * Splits French text into tokens, returning their spans and kinds.
 *
 * <p>Offsets are UTF-16 code units into the given string, half-open; tokens come sorted and never overlap,
 * and white space is never part of a token except the thousands separator inside a number ("25 000").
 * The rules follow the French Universal Dependencies treebanks where they agree with the needs of the later
 * stages:
 * <ul>
 *   <li>elisions are split after their apostrophe, ' or ’ ("l'" "homme", "jusqu'" "à"), except in
 *       lexicalised words ("aujourd'hui", "quelqu'un");</li>
 *   <li>abbreviations keep their period ("M.", "etc.", "janv."), as do initials ("V.") and dotted acronyms
 *       ("J.-C.", "U.S.A.");</li>
 *   <li>numbers keep decimal commas, dates, times and thousands separators ("1,5", "20.09.2023", "19/11",
 *       "08h36", "25 000"), ordinals keep their suffix ("1er"), and "%" is a token of its own;</li>
 *   <li>hyphenated compounds are one token ("sino-russe") but an inverted or imperative pronoun is split
 *       off with its hyphen and its euphonic t, as UD French does: "a" "-t-il", "dit" "-il",
 *       "donne" "-le" "-moi";</li>
 *   <li>every quotation mark is its own punctuation token; "...", "…", "[…]" and "(…)" are one token;</li>
 *   <li>URLs, e-mail addresses, hashtags and @mentions are one token.</li>
 * </ul>
 *
 * <p>Linear in the length of the text: every look-ahead either becomes part of the token being built or is
 * bounded by a small constant, and no regular expression is involved. Thread-safe: instances are immutable.
 *
 * @see SentenceSplitter
 */
public final class FrenchTokenizer {
    private static final String KB = "/veille/kb/";
    /** Longest local part of an e-mail address (RFC 5321), which also bounds the look-ahead. */
    private static final int MAX_EMAIL_LOCAL = 64;
    /** Longest domain name (RFC 1035). */
    private static final int MAX_EMAIL_DOMAIN = 253;
    /** Longest chain of pronouns after a verb ("donne-le-moi" has two); bounds the look-ahead. */
    private static final int MAX_CLITIC_CHAIN = 3;

    private final Set<String> abbreviations;
    private final Set<String> finalAbbreviations;
    private final Set<String> elisions;
    private final Set<String> wholeWords;
    private final Set<String> clitics;
    private final Set<String> ordinalSuffixes;
    private final int maxAbbreviation;
    private final int maxElision;
    private final int maxWholeWord;
    private final int maxClitic;
    private final int maxOrdinalSuffix;

    private static final class Standard {
        static final FrenchTokenizer INSTANCE = new FrenchTokenizer(
                WordList.read(KB + "tokenize-abbreviations.txt"),
                WordList.read(KB + "tokenize-elisions.txt").keySet(),
                WordList.read(KB + "tokenize-whole-words.txt").keySet(),
                WordList.read(KB + "tokenize-clitics.txt").keySet(),
                WordList.read(KB + "tokenize-ordinal-suffixes.txt").keySet());
    }

    /**
     * Builds a tokenizer from explicit word lists (the standard one reads them from {@code veille/kb}).
     *
     * @param abbreviations abbreviations written with their final period, each mapped to {@code "final"}
     *                      when it often ends a sentence, else to {@code ""}
     * @param elisions elided forms with a straight apostrophe ("l'"), matched case-insensitively
     * @param wholeWords words kept whole despite an elision or a trailing pronoun ("quelqu'un", "rendez-vous")
     * @param clitics pronouns split off the end of a hyphenated verb ("il", "moi"), lower case
     * @param ordinalSuffixes suffixes kept on a number ("er", "e")
     */
    public FrenchTokenizer(Map<String, String> abbreviations, Set<String> elisions, Set<String> wholeWords,
                           Set<String> clitics, Set<String> ordinalSuffixes) {
        Objects.requireNonNull(abbreviations, "abbreviations");
        this.abbreviations = Set.copyOf(abbreviations.keySet());
        Set<String> fin = new HashSet<>();
        abbreviations.forEach((k, v) -> {
            if (v.equals("final")) {
                fin.add(k);
            }
        });
        this.finalAbbreviations = Set.copyOf(fin);
        this.elisions = lowerFolded(elisions);
        this.wholeWords = lowerFolded(wholeWords);
        this.clitics = Set.copyOf(clitics);
        this.ordinalSuffixes = lowerFolded(ordinalSuffixes);
        this.maxAbbreviation = maxLength(this.abbreviations);
        this.maxElision = maxLength(this.elisions);
        this.maxWholeWord = maxLength(this.wholeWords);
        this.maxClitic = maxLength(this.clitics);
        this.maxOrdinalSuffix = maxLength(this.ordinalSuffixes);
    }

    /** The tokenizer with Veille's word lists ({@code veille/kb/tokenize-*.txt}), loaded once. */
    public static FrenchTokenizer standard() {
        return Standard.INSTANCE;
    }

    /** The tokens of a whole text, sorted. */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * The tokens of {@code text[from, to)}, sorted, with offsets into {@code text}.
     *
     * @throws IndexOutOfBoundsException when the range is not inside the text
     */
    public List<Token> tokenize(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 6));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if (isDigit(c)) {
                end = emailEnd(text, i, to);
                if (end > 0) {
                    kind = TokenKind.OTHER;
                } else {
                    end = numberEnd(text, i, to);
                    // An ordinal ("1er") is a word; a time ("20h") and a plain number are numbers.
                    char last = text.charAt(end - 1);
                    kind = isLetter(last) && last != 'h' && last != 'H' ? TokenKind.WORD : TokenKind.NUMBER;
                }
            } else if (isLetterAt(text, i, to)) {
                int url = urlEnd(text, i, to);
                int email = url > 0 ? -1 : emailEnd(text, i, to);
                if (url > 0 || email > 0) {
                    end = Math.max(url, email);
                    kind = TokenKind.OTHER;
                } else {
                    int dotted = dottedEnd(text, i, to);
                    end = dotted > 0 ? dotted : wordEnd(text, i, to);
                    kind = TokenKind.WORD;
                }
            } else if (c == '-' && i > from && isLetter(text.charAt(i - 1)) && cliticEnd(text, i, to, 0) > 0) {
                end = cliticEnd(text, i, to, 0);
                kind = TokenKind.WORD;
            } else if ((c == '#' || c == '@') && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                end = i + 1;
                while (end < to && (isWordChar(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                kind = TokenKind.WORD;
            } else if (c == '.' || c == '!' || c == '?' || c == '-') {
                // Runs are one token: "...", "?!", "--" (a dash typed as two hyphens).
                end = i + 1;
                boolean dots = c == '.';
                while (end < to && (dots ? text.charAt(end) == '.' : text.charAt(end) == c
                        || (c != '-' && (text.charAt(end) == '!' || text.charAt(end) == '?')))) {
                    end++;
                }
                kind = TokenKind.PUNCT;
            } else if ((c == '[' || c == '(') && elidedPassageEnd(text, i, to) > 0) {
                end = elidedPassageEnd(text, i, to);
                kind = TokenKind.PUNCT;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                end = i + 2;
                kind = kindOf(cp);
            } else {
                end = i + 1;
                kind = kindOf(c);
            }
            out.add(new Token(i, end, kind));
            i = end;
        }
        return out;
    }

    /** Whether a token's text is a known abbreviation, an initial or a dotted acronym ("M.", "V.", "J.-C."). */
    public boolean isAbbreviation(CharSequence token) {
        int n = token.length();
        if (n < 2 || token.charAt(n - 1) != '.') {
            return false;
        }
        return abbreviations.contains(token.toString()) || isInitial(token) || isDottedAcronym(token);
    }

    /**
     * Whether an abbreviation token may end a sentence when a capitalised word follows: those marked
     * {@code final} in the list ("etc.", "J.-C."). Titles ("M."), initials ("V.") and other dotted acronyms
     * never do: "J.A. Howe" is far more common than a sentence ending in "U.S.A.".
     */
    public boolean mayEndSentence(CharSequence token) {
        return finalAbbreviations.contains(token.toString());
    }

    /** Whether a token is an initial: one upper-case letter and a period ("V."). */
    public static boolean isInitial(CharSequence token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0)) && token.charAt(1) == '.';
    }

    private static boolean isDottedAcronym(CharSequence token) {
        int n = token.length();
        return n >= 4 && token.charAt(n - 1) == '.' && token.charAt(1) == '.' && Character.isLetter(token.charAt(0));
    }

    // ---- words ----

    private int wordEnd(String s, int i, int to) {
        int j = i;
        boolean wholeChecked = false;
        while (j < to) {
            char c = s.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if (Character.isHighSurrogate(c) && j + 1 < to && Character.isLetterOrDigit(s.codePointAt(j))) {
                j += 2;
            } else if (isApostrophe(c)) {
                if (!wholeChecked) {
                    int w = wholeWordEnd(s, i, to);
                    if (w > 0) {
                        return w;
                    }
                    wholeChecked = true;
                }
                if (isElision(s, i, j)) {
                    return j + 1;
                }
                if (j + 1 < to && isLetter(s.charAt(j + 1))) {
                    j++; // "aujourd'hui", "O'Neill"
                } else {
                    break;
                }
            } else if (isHyphen(c) && j + 1 < to && isLetterOrDigit(s.charAt(j + 1))) {
                if (!wholeChecked) {
                    int w = wholeWordEnd(s, i, to);
                    if (w > 0) {
                        return w;
                    }
                    wholeChecked = true;
                }
                if (c == '-' && cliticEnd(s, j, to, 0) > 0) {
                    break;
                }
                j++;
            } else if (c == '.') {
                if (j - i <= maxAbbreviation && abbreviations.contains(s.substring(i, j + 1))) {
                    return j + 1;
                }
                if (j - i == 1 && Character.isUpperCase(s.charAt(i))) {
                    return j + 1; // an initial: "V. Poutine"
                }
                // A period between a letter and a lower-case letter or digit joins: "lemonde.fr", "v2.0".
                if (j + 1 < to && (Character.isLowerCase(s.charAt(j + 1)) || isDigit(s.charAt(j + 1)))
                        && isLetterOrDigit(s.charAt(j - 1))) {
                    j++;
                } else {
                    break;
                }
            } else if (c == '\u00B7' && j + 1 < to && isLetter(s.charAt(j + 1))) {
                j++; // inclusive writing: "étudiant·e·s"
            } else {
                break;
            }
        }
        return j;
    }

    /** End of a dotted acronym such as "U.S.A." or "J.-C." starting at {@code i}, or -1. */
    private static int dottedEnd(String s, int i, int to) {
        int k = i;
        int groups = 0;
        while (k + 1 < to && isLetter(s.charAt(k)) && s.charAt(k + 1) == '.') {
            groups++;
            k += 2;
            if (k + 2 < to && s.charAt(k) == '-' && isLetter(s.charAt(k + 1)) && s.charAt(k + 2) == '.') {
                k++;
            }
        }
        return groups >= 2 ? k : -1;
    }

    private boolean isElision(String s, int i, int j) {
        if (j - i + 1 > maxElision) {
            return false;
        }
        return elisions.contains(s.substring(i, j).toLowerCase(Locale.ROOT) + "'");
    }

    /** End of a listed whole word ("quelqu'un", "rendez-vous") starting at {@code i}, or -1. */
    private int wholeWordEnd(String s, int i, int to) {
        int k = i;
        while (k < to && k - i <= maxWholeWord
                && (isLetter(s.charAt(k)) || isApostrophe(s.charAt(k)) || isHyphen(s.charAt(k)))) {
            k++;
        }
        if (k - i > maxWholeWord) {
            return -1;
        }
        // The word may be followed by a closing apostrophe or hyphen that is not part of it: try without.
        for (int e = k; e > i && k - e < 2; e--) {
            if (wholeWords.contains(fold(s, i, e))) {
                return e;
            }
        }
        return -1;
    }

    /**
     * End of a chain of inverted pronouns starting at the hyphen {@code i} ("-t-il", "-le-moi" up to the
     * first one's end), or -1 when the hyphen does not start one.
     */
    private int cliticEnd(String s, int i, int to, int depth) {
        if (depth >= MAX_CLITIC_CHAIN || i + 1 >= to || s.charAt(i) != '-') {
            return -1;
        }
        int k = i + 1;
        if (k + 1 < to && s.charAt(k) == 't' && s.charAt(k + 1) == '-') {
            k += 2; // euphonic t: "a-t-il"
        }
        int m = k;
        while (m < to && m - k <= maxClitic && isLetter(s.charAt(m))) {
            m++;
        }
        if (m == k || m - k > maxClitic || !clitics.contains(s.substring(k, m))) {
            return -1;
        }
        if (m < to) {
            char next = s.charAt(m);
            if (isDigit(next) || isApostrophe(next) && m + 1 < to && isLetter(s.charAt(m + 1))) {
                return -1;
            }
            if (isHyphen(next) && m + 1 < to && isLetterOrDigit(s.charAt(m + 1))
                    && cliticEnd(s, m, to, depth + 1) < 0) {
                return -1; // "Villers-le-Bel": the pronoun must end the word
            }
        }
        return m;
    }

    // ---- numbers ----

    private int numberEnd(String s, int i, int to) {
        int j = digitsEnd(s, i, to);
        if (j - i <= 3) {
            // Thousands separated by a space of any width, in groups of exactly three: "25 000", "2 000 000".
            while (j + 3 < to && isThousandsSpace(s.charAt(j)) && isDigit(s.charAt(j + 1))
                    && isDigit(s.charAt(j + 2)) && isDigit(s.charAt(j + 3))
                    && (j + 4 >= to || !isDigit(s.charAt(j + 4)))) {
                j += 4;
            }
        }
        while (j + 1 < to) {
            char c = s.charAt(j);
            if ((c == ',' || c == '.' || c == '/' || c == ':') && isDigit(s.charAt(j + 1))) {
                j = digitsEnd(s, j + 1, to); // "1,5", "20.09.2023", "19/11", "08:36"
            } else {
                break;
            }
        }
        if (j < to && (s.charAt(j) == 'h' || s.charAt(j) == 'H')) {
            // Times: "08h36", "20h".
            int m = digitsEnd(s, j + 1, to);
            if (m - (j + 1) <= 2 && (m >= to || !isLetter(s.charAt(m)))) {
                return m;
            }
        }
        if (j < to && isLetter(s.charAt(j))) {
            int m = j;
            while (m < to && m - j <= maxOrdinalSuffix && isLetter(s.charAt(m))) {
                m++;
            }
            if (m - j <= maxOrdinalSuffix && ordinalSuffixes.contains(s.substring(j, m).toLowerCase(Locale.ROOT))) {
                return m; // "1er", "21e"
            }
        }
        return j;
    }

    private static int digitsEnd(String s, int i, int to) {
        int j = i;
        while (j < to && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    // ---- URLs, e-mail addresses, elided passages ----

    private static int urlEnd(String s, int i, int to) {
        boolean start = s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
                || s.regionMatches(true, i, "www.", 0, 4) && i + 4 < to && isLetterOrDigit(s.charAt(i + 4));
        if (!start) {
            return -1;
        }
        int j = i;
        boolean parens = false;
        while (j < to) {
            char c = s.charAt(j);
            if (isSpace(c) || c == '<' || c == '>' || c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C'
                    || c == '\u201D') {
                break;
            }
            parens |= c == '(';
            j++;
        }
        // Sentence punctuation after a URL is not part of it.
        while (j > i) {
            char c = s.charAt(j - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || isApostrophe(c)
                    || (c == ')' && !parens)) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    private static int emailEnd(String s, int i, int to) {
        int j = i;
        while (j < to && j - i <= MAX_EMAIL_LOCAL && isEmailLocalChar(s.charAt(j))) {
            j++;
        }
        if (j == i || j >= to || s.charAt(j) != '@' || j - i > MAX_EMAIL_LOCAL) {
            return -1;
        }
        int d = j + 1;
        int k = d;
        int lastDot = -1;
        while (k < to && k - d <= MAX_EMAIL_DOMAIN && (isAsciiLetterOrDigit(s.charAt(k)) || s.charAt(k) == '-'
                || s.charAt(k) == '.' && k + 1 < to && isAsciiLetterOrDigit(s.charAt(k + 1)))) {
            if (s.charAt(k) == '.') {
                lastDot = k;
            }
            k++;
        }
        return lastDot > d && k > lastDot + 1 ? k : -1;
    }

    /** End of "[…]", "[...]", "(…)" or "(...)" starting at {@code i}, or -1. */
    private static int elidedPassageEnd(String s, int i, int to) {
        char close = s.charAt(i) == '[' ? ']' : ')';
        int k = i + 1;
        if (k < to && s.charAt(k) == '\u2026') {
            k++;
        } else if (k + 2 < to && s.charAt(k) == '.' && s.charAt(k + 1) == '.' && s.charAt(k + 2) == '.') {
            k += 3;
        } else {
            return -1;
        }
        return k < to && s.charAt(k) == close ? k + 1 : -1;
    }

    // ---- characters ----

    /** Whether a character separates tokens: any Unicode space, and the zero-width ones. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
                    || (c >= '\u001C' && c <= '\u001F');
        }
        return c == '\u00A0' || (c >= '\u2000' && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF')) || c == '\u0085' || c == '\u1680';
    }

    private static boolean isThousandsSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return isDigit(c) || isLetter(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && isLetterOrDigit(c);
    }

    private static boolean isEmailLocalChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isLetterAt(String s, int i, int to) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1)) && Character.isLetter(s.codePointAt(i));
        }
        return isLetter(c);
    }

    /** Letters, digits and combining marks: what a word is made of. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return isLetterOrDigit(c);
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static TokenKind kindOf(int cp) {
        if (cp == '%' || cp == '\u2030' || cp == '&' || cp == '#' || cp == '@' || cp == '\u00A7') {
            return TokenKind.SYMBOL;
        }
        return switch (Character.getType(cp)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL -> TokenKind.SYMBOL;
            // Supplementary "other symbols" are emoji and pictographs; BMP ones are ©, °, ™.
            case Character.OTHER_SYMBOL -> cp > 0xFFFF ? TokenKind.OTHER : TokenKind.SYMBOL;
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> TokenKind.PUNCT;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> TokenKind.NUMBER;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER -> TokenKind.WORD;
            default -> TokenKind.OTHER;
        };
    }

    private static String fold(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            b.append(isApostrophe(c) ? '\'' : isHyphen(c) ? '-' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static Set<String> lowerFolded(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(fold(w, 0, w.length()));
        }
        return Set.copyOf(out);
    }

    private static int maxLength(Set<String> words) {
        int max = 0;
        for (String w : words) {
            max = Math.max(max, w.length());
        }
        return max;
    }
}

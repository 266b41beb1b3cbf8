package veille.extract.text;

import veille.doc.TextNormalizer;
import veille.kb.MatchKey;

/**
 * One non-blank input line and the features the classifier reads off it.
 *
 * @param line 1-based input line
 * @param inputStart first non-space character in the input
 * @param inputEnd one past the last non-space character
 * @param text the trimmed line as written
 * @param folded {@code text} with typographic variants folded (same length)
 * @param words number of words (runs of letters or digits)
 * @param letters number of letters
 * @param proseShare share of words that are function words ("le", "de", "the", "der", ...) of one language
 * @param endsSentence ends with . ! ? … possibly followed by closing quotes or brackets
 * @param key the match key (lower case, no accents or punctuation), for duplicate and echo checks
 */
record PageLine(int line, int inputStart, int inputEnd, String text, String folded, int words, int letters,
                double proseShare, boolean endsSentence, String key) {

    static PageLine of(int line, int inputStart, int inputEnd, String text) {
        String folded = TextNormalizer.fold(text);
        String key = MatchKey.of(folded);
        int words = 0;
        int prose = 0;
        if (!key.isEmpty()) {
            String[] ws = key.split(" ");
            words = ws.length;
            prose = ProseWords.count(ws);
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return new PageLine(line, inputStart, inputEnd, text, folded, words, letters,
                words == 0 ? 0 : prose / (double) words, endsSentence(folded), key);
    }

    private static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'»”)]* ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
    }

    /** Ends with a full stop (possibly inside closing quotes): paragraphs do, headlines ending in ? ! … do not. */
    boolean endsWithFullStop() {
        int i = folded.length() - 1;
        while (i >= 0 && "\"'»”)]* ".indexOf(folded.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && folded.charAt(i) == '.';
    }

    /**
     * Long prose: a paragraph by length and by its share of function words (jusText's "good"); in a language
     * whose function words Veille does not list, by length and sentence punctuation alone. Under 25 words it must
     * end a sentence (or lead into a list with a colon): a line of a dozen words without its full stop is a
     * headline, and teaser walls are made of them.
     */
    boolean isProse() {
        return (words >= 12 && proseShare >= 0.22 && (endsSentence || folded.endsWith(":")))
                || (words >= 25 && proseShare >= 0.15)
                || (words >= 20 && endsSentence && sentenceMarks() >= 2)
                || (letters >= 60 && words <= letters / 12 && sentenceMarks() >= 2); // scripts written without spaces
    }

    /** Sentence-ending marks in the line (. ! ? and their CJK forms). */
    int sentenceMarks() {
        int n = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
                n++;
            }
        }
        return n;
    }

    /** Short prose: a sentence, not a label (jusText's "near-good"). */
    boolean isShortProse() {
        return words >= 6 && proseShare >= 0.15 && endsSentence;
    }

    /** Reads as a headline: a handful to a few dozen words, no closing full stop. */
    boolean isHeadlineLike() {
        if (words < 2 || words > 32 || letters < 8 || letters < 0.6 * text.replace(" ", "").length()) {
            return false; // "5437685854_d630fceaff_b-" is a file name, not a headline
        }
        char last = folded.charAt(folded.length() - 1);
        return last != '.' || folded.endsWith("...") ;
    }

    /** Reads as an in-article subheading: starts like a phrase, a few words, no full stop. */
    boolean isSubheadingLike() {
        if (words < 2 || words > 20 || letters < 6) {
            return false;
        }
        char first = text.charAt(0);
        return (Character.isUpperCase(first) || "«\"“'‘".indexOf(first) >= 0 || Character.isDigit(first))
                && !folded.endsWith(".");
    }
}

package veille.store;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found by one pass over the characters: after a run of {@code . ! ? …} (closing
 * quotes and brackets included) followed by white space, and after line breaks; a boundary sits where the next
 * sentence starts. The JDK's rule-based sentence iterator finds much the same places for several times the CPU, and
 * a snippet only needs passages that start and end near sentence ends. Not thread-safe (one per highlighting).
 */
final class SentenceBreaks extends BreakIterator {
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int n = 1;
    private int at;

    @Override
    public void setText(CharacterIterator it) {
        text = it;
        int begin = it.getBeginIndex();
        int end = it.getEndIndex();
        int[] b = new int[16];
        int k = 0;
        b[k++] = begin;
        boolean ended = false; // a sentence end seen, waiting for white space
        boolean space = false; // in the white space after a sentence end or a line break
        boolean lineBreak = false;
        for (int i = begin; i < end; i++) {
            char c = i == begin ? it.setIndex(i) : it.next();
            boolean white = Character.isWhitespace(c) || c == '\u00A0';
            if (space) {
                if (white) {
                    continue;
                }
                if (!lineBreak && (c == '»' || c == '”' || c == ')' || c == ']')) {
                    // "« Assez. » Puis": the French closing quote after a space still ends the same sentence
                    space = false;
                    ended = true;
                    continue;
                }
                if (k == b.length) {
                    b = Arrays.copyOf(b, k * 2);
                }
                if (b[k - 1] != i) {
                    b[k++] = i;
                }
                space = false;
                lineBreak = false;
            }
            if (c == '\n' || c == '\r') {
                space = true;
                lineBreak = true;
                ended = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                ended = true;
            } else if (ended && white) {
                space = true;
                ended = false;
            } else if (ended && (c == '"' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '\'')) {
                // a closing quote or bracket after the end mark: still the same sentence end
            } else {
                ended = false;
            }
        }
        if (k == b.length) {
            b = Arrays.copyOf(b, k + 1);
        }
        if (b[k - 1] != end) {
            b[k++] = end;
        }
        bounds = b;
        n = k;
        at = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = n - 1;
        return bounds[at];
    }

    @Override
    public int next(int steps) {
        int to = at + steps;
        if (to < 0 || to >= n) {
            at = to < 0 ? 0 : n - 1;
            return DONE;
        }
        at = to;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        check(offset);
        // The first boundary after offset.
        int i = Arrays.binarySearch(bounds, 0, n, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= n) {
            at = n - 1;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        // The last boundary before offset.
        int i = Arrays.binarySearch(bounds, 0, n, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, n, offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return bounds[at];
    }

    private void check(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text");
        }
    }
}

package veille.extract;

/**
 * Walks the non-blank lines of a text with their 1-based numbers and trimmed ranges; {@code \n}, {@code \r\n}
 * and {@code \r} all end a line. Trimming removes Unicode white space, no-break spaces and zero-width marks too,
 * since copied pages are full of them.
 */
public final class InputLines {
    /** Receives one non-blank line. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param line 1-based line number
         * @param start first non-space character
         * @param end one past the last non-space character
         */
        void line(int line, int start, int end);
    }

    private InputLines() {
    }

    /** Calls {@code visitor} for each non-blank line, in order. */
    public static void forEach(String s, Visitor visitor) {
        int lineNo = 1;
        int i = 0;
        int n = s.length();
        while (i <= n) {
            int end = i;
            while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && isSpace(s.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                visitor.line(lineNo, a, b);
            }
            if (end >= n) {
                break;
            }
            i = end + (s.charAt(end) == '\r' && end + 1 < n && s.charAt(end + 1) == '\n' ? 2 : 1);
            lineNo++;
        }
    }

    /** White space as copied pages have it: Unicode spaces, no-break spaces, BOM and zero-width space. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}

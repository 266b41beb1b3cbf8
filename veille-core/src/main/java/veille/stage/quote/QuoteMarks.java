package veille.stage.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of a text: « », “ ” („ “), ‹ ›, " ", ‘ ’, and doubled apostrophes ('' and ‘’ … ’’).
 *
 * <p>Marks pair within a paragraph (a line of the text). A quotation left open at a paragraph's end continues into
 * the next paragraph when that one opens with a new mark (« or ») or closes one without opening it; otherwise it
 * ends at the paragraph's end, flagged {@code unclosed}, so an unbalanced mark never swallows the rest of the
 * article. Nested quotations stay inside the outer one. Stateless.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * One quotation.
     *
     * @param open the opening mark's first character
     * @param start the first quoted character (after the mark and spaces)
     * @param end one past the last quoted character (before spaces and the closing mark)
     * @param close one past the closing mark (the paragraph's end when unclosed)
     * @param unclosed no closing mark was found
     * @param continued it spans paragraphs
     */
    record Span(int open, int start, int end, int close, boolean unclosed, boolean continued) {
    }

    /** The quotations of a text, in order. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int pe = text.indexOf('\n', i);
            if (pe < 0) {
                pe = n;
            }
            int next = paragraph(text, i, pe, out);
            // A quotation continued into later paragraphs resumes the scan after its closing mark.
            i = next > pe ? next : pe + 1;
        }
        return out;
    }

    /** Scans one paragraph from {@code i}; returns where scanning resumes (may be past {@code pe} for continued quotes). */
    private static int paragraph(String text, int i, int pe, List<Span> out) {
        while (i < pe) {
            String[] mark = opener(text, i, pe);
            if (mark == null) {
                i++;
                continue;
            }
            int contentStart = i + mark[0].length();
            int close = closer(text, contentStart, pe, mark);
            if (close >= 0) {
                add(out, text, i, contentStart, close, close + mark[1].length(), false, false);
                i = close + mark[1].length();
                continue;
            }
            // Open at the paragraph's end: look for a continuation (French convention for long quotations).
            int p = pe;
            boolean continued = false;
            while (p < text.length() && mark[0].equals("«")) {
                int np = p;
                while (np < text.length() && Character.isWhitespace(text.charAt(np))) {
                    np++;
                }
                if (np >= text.length()) {
                    break;
                }
                int npe = text.indexOf('\n', np);
                if (npe < 0) {
                    npe = text.length();
                }
                char first = text.charAt(np);
                int scanFrom;
                if (first == '«' || first == '»') {
                    scanFrom = np + 1;
                } else {
                    int c = text.indexOf('»', np);
                    int o = text.indexOf('«', np);
                    if (c < 0 || c >= npe || (o >= 0 && o < c)) {
                        break;
                    }
                    scanFrom = np;
                }
                continued = true;
                int c2 = closer(text, scanFrom, npe, mark);
                if (c2 >= 0) {
                    add(out, text, i, contentStart, c2, c2 + 1, false, true);
                    return c2 + 1;
                }
                p = npe;
            }
            if (continued) {
                add(out, text, i, contentStart, p, p, true, true);
                return p;
            }
            add(out, text, i, contentStart, pe, pe, true, false);
            return pe;
        }
        return i;
    }

    private static void add(List<Span> out, String text, int open, int start, int end, int close, boolean unclosed,
                            boolean continued) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(open, s, e, close, unclosed, continued));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The opening and closing marks when a quotation opens at {@code i}, else null. */
    private static String[] opener(String t, int i, int pe) {
        char c = t.charAt(i);
        char next = i + 1 < pe ? t.charAt(i + 1) : '\n';
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        boolean prevOpen = isSpace(prev) || "([{–—-:/«“".indexOf(prev) >= 0 || i == 0 || prev == '\n';
        return switch (c) {
            case '«' -> new String[] {"«", "»"};
            case '“' -> new String[] {"“", "”"};
            case '„' -> new String[] {"„", "“"};
            case '‹' -> new String[] {"‹", "›"};
            case '"' -> prevOpen && !isSpace(next) ? new String[] {"\"", "\""} : null;
            case '\'' -> next == '\'' && prevOpen ? new String[] {"''", "''"} : null;
            case '‘' -> next == '’' ? new String[] {"‘’", "’’"} : prevOpen ? new String[] {"‘", "’"} : null;
            default -> null;
        };
    }

    /** Where the closing mark of a quotation opened with {@code mark} stands, or -1 before {@code pe}. */
    private static int closer(String t, int from, int pe, String[] mark) {
        String open = mark[0];
        String close = mark[1];
        int depth = 0;
        for (int j = from; j < pe; j++) {
            if (!open.equals(close) && t.startsWith(open, j) && !(open.equals("‘") && !precededBySpace(t, j))) {
                depth++;
                j += open.length() - 1;
                continue;
            }
            if (t.startsWith(close, j)) {
                if (close.equals("’") && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1))) {
                    continue; // an apostrophe: "n’est"
                }
                if (depth == 0) {
                    return j;
                }
                depth--;
                j += close.length() - 1;
            }
        }
        return -1;
    }

    private static boolean precededBySpace(String t, int j) {
        return j == 0 || isSpace(t.charAt(j - 1));
    }
}

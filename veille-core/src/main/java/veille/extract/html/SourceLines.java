package veille.extract.html;

import java.util.Arrays;

/** 1-based line numbers of positions in a source text, from a line-start table built on first use. */
final class SourceLines {
    private final String src;
    private int[] starts;

    SourceLines(String src) {
        this.src = src;
    }

    /** The 1-based line of a position; a line ends at {@code \n}, {@code \r\n} or {@code \r}. */
    int lineOf(int position) {
        if (starts == null) {
            int[] st = new int[64];
            int count = 0;
            st[count++] = 0;
            String s = src;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                    if (count == st.length) {
                        st = Arrays.copyOf(st, count * 2);
                    }
                    st[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(st, count);
        }
        int i = Arrays.binarySearch(starts, position);
        return i >= 0 ? i + 1 : -i - 1;
    }
}

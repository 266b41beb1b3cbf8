package veille.extract.html;

import java.util.function.Function;

/**
 * Attribute values read as white-space separated tokens ({@code rel}, {@code itemprop}, a meta's {@code property}),
 * in place: {@code String.split("\\s+")} compiles a pattern at each call, on every element that has such a value.
 */
final class SpaceTokens {
    private SpaceTokens() {
    }

    /** The characters {@code \s} matches without UNICODE_CHARACTER_CLASS (ASCII white space). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The first non-null result of {@code f} over the tokens of {@code value}, in order, or null. A value that is one
     * token is passed as it is, without a copy.
     */
    static <T> T first(String value, Function<String, T> f) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && isRegexSpace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isRegexSpace(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                T result = f.apply(start == 0 && i == n ? value : value.substring(start, i));
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }
}

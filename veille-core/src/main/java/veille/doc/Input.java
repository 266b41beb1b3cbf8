package veille.doc;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input as it was read: where it came from, its decoded characters and how they were decoded.
 *
 * <p>{@code content} is the whole file decoded (charset detected, mojibake repaired, see {@link Decoding});
 * nothing else is changed. Line numbers are 1-based; a line ends at {@code \n}, {@code \r\n} or {@code \r}.
 *
 * @param source the path or name the user gave
 * @param content the decoded characters
 * @param format what the input was taken as
 * @param decoding how the bytes became characters
 */
public record Input(String source, String content, InputFormat format, Decoding decoding) {
    public Input {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(decoding, "decoding");
    }

    /** An input that was already text in memory (tests, the server, Spark rows). */
    public static Input ofText(String source, String content, InputFormat format) {
        return new Input(source, content, format, Decoding.NONE);
    }

    /**
     * The 1-based line of a character offset into {@link #content()}.
     *
     * <p>Computed on demand by scanning; callers that need many lookups use {@link #lineStarts()}.
     */
    public int lineOf(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offsets where each line starts; element 0 is always 0. */
    public int[] lineStarts() {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        String s = content;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }
}

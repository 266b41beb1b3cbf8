package veille.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes UTF-8 that was decoded as windows-1252 or Latin-1 somewhere upstream: "Ã©" → "é", "â€™" → "’",
 * "Ã " → "à".
 *
 * <p>Works run by run: a run starts at a character that is a UTF-8 lead byte read as windows-1252 (Â–ô)
 * and continues over characters that are continuation bytes read the same way. A run is replaced only when
 * its bytes form valid UTF-8, so genuine text such as "Â" in a name, or "Ã" before a space in Portuguese, is
 * left alone unless it decodes to a real character. Linear time; thread-safe.
 */
public final class MojibakeRepair {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MojibakeRepair() {
    }

    /** The repaired text and how many runs were repaired. */
    public record Result(String text, int repairs) {
    }

    /** Repairs every mojibake run in {@code text}. */
    public static Result repair(String text) {
        StringBuilder out = null;
        int repairs = 0;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int expected = continuationCount(c);
            if (expected > 0) {
                int j = i + 1;
                while (j < n && j - i <= expected && isContinuation(text.charAt(j))) {
                    j++;
                }
                if (j - i == expected + 1) {
                    String fixed = decode(text, i, j);
                    if (fixed != null && plausible(fixed, text, i + 1, j)) {
                        if (out == null) {
                            out = new StringBuilder(n);
                        }
                        out.append(text, copied, i).append(fixed);
                        copied = j;
                        repairs++;
                        i = j;
                        continue;
                    }
                }
            }
            i++;
        }
        if (out == null) {
            return new Result(text, 0);
        }
        out.append(text, copied, n);
        return new Result(out.toString(), repairs);
    }

    /** How many continuation bytes follow a lead byte shown as {@code c}, or 0 if it is no lead byte. */
    private static int continuationCount(char c) {
        if (c >= '\u00C2' && c <= '\u00DF') {
            return 1;
        }
        if (c >= '\u00E0' && c <= '\u00EF') {
            return 2;
        }
        if (c >= '\u00F0' && c <= '\u00F4') {
            return 3;
        }
        return 0;
    }

    /** Whether {@code c} is a byte 0x80–0xBF as windows-1252 or Latin-1 shows it. */
    private static boolean isContinuation(char c) {
        if (c >= '\u0080' && c <= '\u00BF') {
            return true;
        }
        // windows-1252 puts printable characters at 0x80–0x9F; a no-break space stands for 0xA0.
        return switch (c) {
            case '\u20AC', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030',
                 '\u0160', '\u2039', '\u0152', '\u017D', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022',
                 '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u017E', '\u0178' -> true;
            default -> false;
        };
    }

    /**
     * Whether a repair is believable. Characters that European text commonly loses this way (accented letters,
     * typographic punctuation, €, Cyrillic, Arabic) are; anything else (a CJK character, say) only when a
     * continuation byte shows as a plain Latin-1 character, because "é’’" in genuine French is é followed by two
     * typographic apostrophes, not a mangled 钒.
     */
    private static boolean plausible(String fixed, String text, int contFrom, int contTo) {
        int cp = fixed.codePointAt(0);
        boolean common = (cp >= 0x00A0 && cp <= 0x024F) || (cp >= 0x2000 && cp <= 0x206F)
                || (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x214F)
                || (cp >= 0x0400 && cp <= 0x04FF) || (cp >= 0x0600 && cp <= 0x06FF);
        if (common) {
            return true;
        }
        for (int k = contFrom; k < contTo; k++) {
            char c = text.charAt(k);
            if (c >= '\u00A0' && c <= '\u00BF') {
                return true;
            }
        }
        return false;
    }

    private static String decode(String text, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c <= 0xFF) {
                bytes[k - from] = (byte) c;
            } else {
                byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
                if (b.length != 1) {
                    return null;
                }
                bytes[k - from] = b[0];
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

package veille.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import veille.doc.Decoding;

/**
 * Turns the bytes of a file into text the way a careful person would read it.
 *
 * <ol>
 *   <li>A byte-order mark decides (UTF-8, UTF-16 LE/BE).</li>
 *   <li>Otherwise strict UTF-8 if the bytes are valid UTF-8.</li>
 *   <li>For HTML, otherwise the charset the page declares ({@link HtmlCharset}: {@code <meta charset>},
 *       {@code http-equiv}). It comes after the UTF-8 check because declarations are often wrong (a template saying
 *       ISO-8859-1 over UTF-8 text) while non-ASCII bytes that happen to be valid UTF-8 almost never are anything
 *       else.</li>
 *   <li>Otherwise windows-1252, which is Latin-1 plus the printable characters (’ “ ” € œ) that Windows puts in
 *       0x80–0x9F; files saved as "Latin-1" by French tools nearly always mean this.</li>
 * </ol>
 * Then {@link MojibakeRepair} undoes UTF-8 that was once read as windows-1252 ("Ã©" → "é").
 *
 * <p>Binary input (NUL bytes, or many control characters) is refused with an {@link InputException}. A page may
 * hold a few stray NULs past its start, which browsers show as nothing (a CMS that pasted a binary field): a file is
 * binary with a NUL in its first {@value #CLEAN_HEAD} bytes, where every binary format has its header, or with more
 * than one NUL per {@value #BYTES_PER_NUL} bytes of its first 64 KiB, unless its NULs are whole lines of their own
 * after a head of plain text; else its NULs are dropped.
 * Thread-safe and stateless.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Share of C0 control characters (other than tab, CR, LF, FF) above which a file is taken as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** A file's first bytes, where a NUL means a binary file's header. */
    private static final int CLEAN_HEAD = 1024;
    /** Past its head, a file with at most one NUL per this many bytes is text with stray NULs. */
    private static final int BYTES_PER_NUL = 2000;
    /** A file whose NULs are whole lines of their own may hold at most one per this many bytes. */
    private static final int BYTES_PER_LINE_NUL = 100;

    private TextDecoder() {
    }

    /** The decoded text of a file's bytes. */
    public static Decoded decode(byte[] bytes) throws InputException {
        return decode(bytes, null);
    }

    /** The decoded text of an HTML page's bytes: as {@link #decode(byte[])}, with the page's declared charset. */
    public static Decoded decodeHtml(byte[] bytes) throws InputException {
        return decode(bytes, HtmlCharset.declared(bytes).orElse(null));
    }

    private static Decoded decode(byte[] bytes, Charset declared) throws InputException {
        String text;
        String charset;
        String how;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            charset = "UTF-8";
            how = "bom";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            charset = "UTF-16LE";
            how = "bom";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            charset = "UTF-16BE";
            how = "bom";
        } else {
            if (strayNulsOnly(bytes)) {
                bytes = withoutNuls(bytes);
            }
            checkNotBinary(bytes);
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                text = utf8;
                charset = "UTF-8";
                how = "valid-utf8";
            } else if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                text = new String(bytes, declared);
                charset = declared.name();
                how = "declared";
            } else {
                text = new String(bytes, WINDOWS_1252);
                charset = "windows-1252";
                how = "fallback";
            }
        }
        checkNotBinaryText(text);
        MojibakeRepair.Result repaired = MojibakeRepair.repair(text);
        int replacements = 0;
        for (int i = 0; i < repaired.text().length(); i++) {
            if (repaired.text().charAt(i) == '\uFFFD') {
                replacements++;
            }
        }
        return new Decoded(repaired.text(), new Decoding(charset, how, repaired.repairs(), replacements));
    }

    /** Decoded text and how it was decoded. */
    public record Decoded(String text, Decoding decoding) {
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether the file's NULs are strays in text: none in its head, and few; or each run of them a whole line of its
     * own past a head of plain text (a page rendered to text shows an empty binary field so), and under one byte in
     * {@value #BYTES_PER_LINE_NUL}.
     */
    private static boolean strayNulsOnly(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 16);
        int nuls = 0;
        boolean inHead = false;
        boolean allLines = plainTextHead(bytes);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                int end = i;
                while (end < bytes.length && bytes[end] == 0) {
                    end++;
                }
                boolean line = i > 0 && bytes[i - 1] == '\n' && (end == bytes.length || bytes[end] == '\n');
                allLines &= line;
                inHead |= i < CLEAN_HEAD;
                nuls += Math.min(end, n) - i;
                i = end - 1;
            }
        }
        if (nuls == 0) {
            return false;
        }
        if (allLines && nuls <= n / BYTES_PER_LINE_NUL) {
            return true;
        }
        return !inHead && nuls <= n / BYTES_PER_NUL;
    }

    /** Whether the file opens with a line of printable text before its first NUL (no binary header does). */
    private static boolean plainTextHead(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] != 0) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
            i++;
        }
        return i >= 16 && bytes[0] != '\n';
    }

    private static byte[] withoutNuls(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (byte b : bytes) {
            if (b != 0) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static void checkNotBinary(byte[] bytes) throws InputException {
        int n = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                throw new InputException("binary file (NUL byte at offset " + i + "), not text");
            }
        }
    }

    private static void checkNotBinaryText(String text) throws InputException {
        int n = Math.min(text.length(), 1 << 16);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputException("binary file (NUL character at offset " + i + "), not text");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (n > 0 && controls > Math.max(2, n * MAX_CONTROL_SHARE)) {
            throw new InputException("binary file (" + controls + " control characters in the first " + n
                    + " characters), not text");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

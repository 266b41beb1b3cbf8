package veille.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares in its first bytes: {@code <meta charset="...">}, {@code <meta http-equiv=
 * "Content-Type" content="text/html; charset=...">} or an XML declaration's {@code encoding}.
 *
 * <p>Labels are read as browsers read them (WHATWG): ISO-8859-1, Latin-1 and US-ASCII mean windows-1252, and a
 * UTF-16 label without a byte-order mark cannot be right (the declaration itself was readable as ASCII), so it is
 * ignored. Thread-safe.
 */
public final class HtmlCharset {
    /** How far into the file a declaration is looked for (HTML requires it in the first 1024 bytes; pages stray). */
    static final int PRESCAN_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?is)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?is)^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");

    private HtmlCharset() {
    }

    /** The declared charset, if the first bytes declare one Java knows. */
    public static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String label = null;
        if (m.find()) {
            label = m.group(1);
        } else {
            Matcher x = XML_ENCODING.matcher(head);
            if (x.find()) {
                label = x.group(1);
            }
        }
        return label == null ? Optional.empty() : forLabel(label);
    }

    /** A charset label as browsers map it. */
    static Optional<Charset> forLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252" -> {
                return Optional.of(Charset.forName("windows-1252"));
            }
            case "utf-16", "utf-16le", "utf-16be" -> {
                return Optional.empty();
            }
            default -> {
                try {
                    return Optional.of(Charset.forName(l));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
    }
}

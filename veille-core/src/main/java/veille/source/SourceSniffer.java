package veille.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Tells feeds and WARC archives from single documents ({@code --input auto}), by name first, then by their first
 * bytes.
 *
 * <p>A WARC starts with {@code WARC/} (after gzip decompression for {@code .warc.gz}); a feed's first element, after
 * the XML declaration, comments and doctype, is {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>}. Names that say
 * what a file is ({@code .txt}, {@code .html}) are not opened. Pure and thread-safe.
 */
public final class SourceSniffer {
    /** How many bytes of a file are looked at. */
    public static final int HEAD_BYTES = 4096;
    private static final Pattern FIRST_ELEMENT = Pattern.compile(
            "\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*<([A-Za-z_][\\w.:-]*)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private SourceSniffer() {
    }

    /** The kind a file name says, or null when the name does not settle it. */
    public static SourceKind byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return SourceKind.WARC;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".rdf")) {
            return SourceKind.FEED;
        }
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".html") || n.endsWith(".htm")
                || n.endsWith(".xhtml") || n.endsWith(".md")) {
            return SourceKind.DOCUMENT;
        }
        return null;
    }

    /** The kind of a file: by name, else by its first bytes. Unreadable files are documents (their reader reports). */
    public static SourceKind sniff(Path file) {
        SourceKind named = byName(file.getFileName() == null ? "" : file.getFileName().toString());
        if (named != null) {
            return named;
        }
        if (!Files.isRegularFile(file)) {
            return SourceKind.DOCUMENT;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return byContent(in.readNBytes(HEAD_BYTES));
        } catch (IOException e) {
            return SourceKind.DOCUMENT;
        }
    }

    /** The kind the first bytes of a file or body show. */
    public static SourceKind byContent(byte[] head) {
        byte[] h = isGzip(head) ? gunzipHead(head) : head;
        if (startsWith(h, "WARC/")) {
            return SourceKind.WARC;
        }
        String root = rootElement(h);
        return root != null && isFeedRoot(root) ? SourceKind.FEED : SourceKind.DOCUMENT;
    }

    /** Whether an element name is a feed's root: {@code rss}, {@code feed} or {@code RDF} (any prefix). */
    public static boolean isFeedRoot(String name) {
        String local = name.substring(name.indexOf(':') + 1);
        return local.equalsIgnoreCase("rss") || local.equals("feed") || local.equals("RDF");
    }

    /** The name of the first element of an XML or HTML head, or null when none shows in it. */
    static String rootElement(byte[] head) {
        String text = new String(head, bomLength(head), head.length - bomLength(head),
                utf16(head) ? (head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE)
                        : StandardCharsets.ISO_8859_1);
        Matcher m = FIRST_ELEMENT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** As many decompressed bytes as the compressed head gives (a truncated stream ends early, not in error). */
    private static byte[] gunzipHead(byte[] head) {
        byte[] out = new byte[HEAD_BYTES];
        int n = 0;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            int r;
            while (n < out.length && (r = in.read(out, n, out.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            // The head ends mid-stream: keep what was decompressed.
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        return utf16(b) ? 2 : 0;
    }

    private static boolean utf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }
}

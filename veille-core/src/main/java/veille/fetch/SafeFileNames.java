package veille.fetch;

import java.net.IDN;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * File names for saved pages, derived from their URL and safe whatever the URL holds.
 *
 * <p>The name is {@code host/slug-hash.ext}: the host in ASCII, a readable slug of the path and query, a hash of
 * the whole URL (so two URLs never share a file), and an extension from the content type. Only
 * {@code [A-Za-z0-9._-]} survive, names never start with a dot, and no part can be {@code .} or {@code ..}, so a
 * hostile URL ({@code /../../etc/passwd}, {@code %2e%2e}, NUL, backslashes) cannot leave the output folder.
 * Pure and thread-safe.
 */
public final class SafeFileNames {
    private static final int MAX_SLUG = 80;

    private SafeFileNames() {
    }

    /** The path, relative to the output folder, for a page fetched from {@code url}. */
    public static String forUrl(URI url, String contentType) {
        return host(url) + "/" + slug(url) + "-" + hash(url.toString()) + extension(contentType);
    }

    private static String host(URI url) {
        String host = url.getHost();
        if (host == null) {
            host = "";
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // Keep what we have; the filter below makes it safe.
        }
        String h = clean(host.toLowerCase(Locale.ROOT), MAX_SLUG);
        if (url.getPort() > 0) {
            h = h + "_" + url.getPort();
        }
        return h.isEmpty() ? "unknown-host" : h;
    }

    private static String slug(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "_" + url.getRawQuery();
        String s = clean(path + query, MAX_SLUG);
        return s.isEmpty() ? "index" : s;
    }

    /** Keeps {@code [A-Za-z0-9._-]} (one dot at a time), turns every other run into one '-', trims dots and dashes at both ends. */
    static String clean(String s, int max) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), max));
        boolean dash = false;
        for (int i = 0; i < s.length() && out.length() < max; i++) {
            char c = s.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
            if (c == '.' && !out.isEmpty() && out.charAt(out.length() - 1) == '.') {
                continue; // no "..", even inside a name
            }
            if (ok) {
                out.append(c);
                dash = false;
            } else if (!dash) {
                out.append('-');
                dash = true;
            }
        }
        int a = 0;
        int b = out.length();
        while (a < b && (out.charAt(a) == '.' || out.charAt(a) == '-')) {
            a++;
        }
        while (b > a && (out.charAt(b - 1) == '.' || out.charAt(b - 1) == '-')) {
            b--;
        }
        return out.substring(a, b);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String extension(String contentType) {
        String base = ContentTypes.base(contentType);
        if (ContentTypes.isHtml(contentType)) {
            return ".html";
        }
        if (ContentTypes.mayBeFeed(contentType)) {
            return ".xml";
        }
        if (base.equals("text/plain")) {
            return ".txt";
        }
        if (base.equals("application/json")) {
            return ".json";
        }
        return ".bin";
    }
}

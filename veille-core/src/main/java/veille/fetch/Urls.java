package veille.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the URLs people and feeds write (spaces, accents, Unicode host names) into {@link URI}s a client accepts.
 *
 * <p>Only http and https are accepted. Characters a URI may not hold are percent-encoded as UTF-8; existing
 * escapes are kept; an internationalised host name becomes its ASCII (punycode) form.
 */
public final class Urls {
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~:/?#[]@!$&'()*+,;=%";

    private Urls() {
    }

    /**
     * The http(s) URI a string names.
     *
     * @throws FetchException when it is not an absolute http or https URL
     */
    public static URI parse(String url) throws FetchException {
        String s = url == null ? "" : url.strip();
        int colon = s.indexOf("://");
        String scheme = colon > 0 ? s.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("not an http or https URL: '" + shorten(s) + "'");
        }
        int authorityEnd = indexOfAny(s, colon + 3, "/?#");
        String authority = s.substring(colon + 3, authorityEnd);
        String rest = s.substring(authorityEnd);
        try {
            URI uri = new URI(scheme + "://" + asciiAuthority(authority) + escape(rest));
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new FetchException("URL without a host name: '" + shorten(s) + "'");
            }
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("not a valid URL: '" + shorten(s) + "'");
        }
    }

    /**
     * A Location header (absolute or relative) resolved against the URL that sent it.
     *
     * @throws FetchException when it is malformed or leads to a scheme other than http or https
     */
    public static URI resolve(URI base, String location) throws FetchException {
        String loc = location.strip();
        URI ref;
        try {
            ref = new URI(escape(loc));
        } catch (URISyntaxException e) {
            throw new FetchException("bad redirect location '" + shorten(loc) + "'");
        }
        // An absolute location must itself be http(s): never file:, ftp:, javascript: or data:.
        return parse(ref.getScheme() != null ? loc : base.resolve(ref).toString());
    }

    private static String asciiAuthority(String authority) {
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        if (hostPort.startsWith("[")) {
            return userInfo + hostPort; // IPv6 literal
        }
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        return escape(userInfo) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT) + port;
    }

    /** Percent-encodes (as UTF-8) every character a URI may not hold; valid escapes are kept. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c < 128 && ALLOWED.indexOf(c) >= 0
                    && (c != '%' || i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2)));
            if (ok) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}

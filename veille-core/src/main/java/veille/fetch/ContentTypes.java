package veille.fetch;

import java.util.Locale;
import java.util.Set;

/** Reads Content-Type values ({@code text/html; charset=UTF-8}): the media type, the charset, what kind of page. */
public final class ContentTypes {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> FEEDS = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/xml", "text/xml");

    private ContentTypes() {
    }

    /** The media type alone, lower case ({@code text/html}); empty for null. */
    public static String base(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter without quotes, or null when there is none. */
    public static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isBlank() ? null : v;
            }
        }
        return null;
    }

    /** Whether the type is an HTML page. */
    public static boolean isHtml(String contentType) {
        return HTML.contains(base(contentType));
    }

    /** Whether the type may be a feed (the content decides: {@code application/xml} is not always one). */
    public static boolean mayBeFeed(String contentType) {
        return FEEDS.contains(base(contentType));
    }
}

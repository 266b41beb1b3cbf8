package veille.io;

import java.util.Locale;
import java.util.regex.Pattern;
import veille.doc.InputFormat;

/** Tells HTML from page text by the first markup it sees ({@code --input auto}). */
public final class FormatSniffer {
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta[\\s>]|<!--|<\\?xml[^>]*>\\s*(<!doctype\\s+html|<html[\\s>]))");
    private static final Pattern HTML_TAGS = Pattern.compile(
            "</?(p|div|span|a|li|ul|td|tr|table|h[1-6]|br|img|section|article|header|footer|nav)(\\s[^<>]*)?/?>");

    private FormatSniffer() {
    }

    /**
     * HTML when the name says so ({@code .html}, {@code .htm}, {@code .xhtml}, also gzipped: {@code .html.gz}) or the
     * content does; page text otherwise.
     */
    public static InputFormat sniff(String source, String text) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        return sniff(text);
    }

    /** HTML when the input starts like a page or is dense with tags; page text otherwise. */
    public static InputFormat sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        if (HTML_START.matcher(head).find()) {
            return InputFormat.HTML;
        }
        var m = HTML_TAGS.matcher(head);
        int tags = 0;
        while (m.find() && tags < 5) {
            tags++;
        }
        return tags >= 5 ? InputFormat.HTML : InputFormat.TEXT;
    }
}

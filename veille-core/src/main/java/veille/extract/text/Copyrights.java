package veille.extract.text;

import java.util.regex.Pattern;

/**
 * Copyright notices as pages write them ("© 2024 Le Monde", "(c) Xinhua", "Copyright 2023 AFP. Tous droits
 * réservés"): the one definition of the mark and of the name a notice gives, for page text and HTML alike.
 */
public final class Copyrights {
    private static final String MARK_WORDS = "©|\\(c\\)|copyright";
    private static final String RIGHTS_RESERVED = "tous droits réservés|all rights reserved";

    /** The mark that opens a notice: ©, (c) or the word, in any case ({@code find}). */
    public static final Pattern MARK = Pattern.compile("(?i)" + MARK_WORDS);
    /** A notice's mark or its "all rights reserved" ({@code find}). */
    public static final Pattern NOTICE = Pattern.compile("(?iuU)(?:" + MARK_WORDS + "|" + RIGHTS_RESERVED + ")");
    /**
     * "© 2024 L'Écho diplomatique. Tous droits réservés" in a footer: the name (group 1) between the mark, the year
     * and the first separator; read from the mark on ({@code lookingAt}).
     */
    public static final Pattern FOOTER_NAME = Pattern.compile(
            "(?iu)(?:" + MARK_WORDS + ")(?:\\s*(?:©|&copy;))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
                    + "(?:(?:" + RIGHTS_RESERVED + ")\\s*[.,]?\\s*)?"
                    + "(\\p{L}[^|.,•–—]*?)\\s*(?:[|.,•–—]|\\d{4}|tous droits|all rights|$)");
    /** "© 2025 Le Quotidien d'Oran - Tous droits réservés" as a whole line: the name (group 1) ({@code matches}). */
    public static final Pattern LINE_NAME = Pattern.compile(
            "(?iuU)^(?:" + MARK_WORDS + ")\\s*(?:\\d{4}\\s*)?(.+?)\\s*(?:\\d{4})?\\s*(?:[-–—|,.]\\s*)?"
                    + "(?:" + RIGHTS_RESERVED + ")?\\.?$");

    private Copyrights() {
    }

    /**
     * Whether a short text is a copyright notice: it holds the mark ({@link #MARK} finds one). A scan, not the
     * pattern: the HTML extractor asks this of every short furniture block of a page (menus), most of which hold no
     * "c" at all.
     */
    public static boolean isNotice(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '©') {
                return true;
            }
            if ((c == 'c' || c == 'C') && (i > 0 && text.charAt(i - 1) == '(' && i + 1 < text.length()
                    && text.charAt(i + 1) == ')' || asciiWordAt(text, i, "copyright"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code lower} (ASCII lower case) at {@code at}, in ASCII case only, as (?i) reads. */
    private static boolean asciiWordAt(String text, int at, String lower) {
        if (at + lower.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(at + k);
            if (c != lower.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}

package veille.extract.text;

import java.util.regex.Pattern;

/** Copyright notices as pages write them ("© 2024 Le Monde", "(c) Xinhua", "Copyright 2023 AFP"). */
public final class Copyrights {
    /** The mark that opens a notice: ©, (c) or the word, in any case. */
    public static final Pattern MARK = Pattern.compile("(?i)©|\\(c\\)|copyright");
    /**
     * "© 2024 L'Écho diplomatique. Tous droits réservés": the name (group 1) between the mark, the year and the first
     * separator; read from the mark on ({@code lookingAt}).
     */
    public static final Pattern FOOTER_NAME = Pattern.compile(
            "(?iu)(?:©|\\(c\\)|copyright)(?:\\s*(?:©|&copy;))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
                    + "(?:(?:all rights reserved|tous droits réservés)\\s*[.,]?\\s*)?"
                    + "(\\p{L}[^|.,•–—]*?)\\s*(?:[|.,•–—]|\\d{4}|tous droits|all rights|$)");

    private Copyrights() {
    }
}

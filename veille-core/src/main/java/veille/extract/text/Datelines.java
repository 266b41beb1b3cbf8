package veille.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines as news dispatches write them ("Beijing - ", "PÉKIN, 12 mars (Xinhua) -- ", "MOSCOU (AFP) - ",
 * "BRASILIA, April 9 (Xinhua) --"): a place, an optional date, an optional agency in parentheses, one or two dashes.
 * The one grammar of datelines, for page text and HTML alike, read three ways: a paragraph's prefix with its place
 * and date taken apart (strict: one to four capitalised words), a line that is nothing but a dateline, and the
 * agency of an HTML article's first paragraph (loose: any place words and any qualifier, "HAYWARD, Calif. (AP) -",
 * since only the agency is kept).
 */
public final class Datelines {
    /** One to four capitalised words: "PÉKIN", "Rio De Janeiro", "NEW YORK". */
    private static final String PLACE = "(\\p{Lu}[\\p{L}'’.]*(?:[ -]\\p{Lu}[\\p{L}'’.]*){0,3})";
    /** A capital, then up to 40 letters, spaces and dots: "Rio de Janeiro", "ST. JOSEPH". */
    private static final String LOOSE_PLACE = "\\p{Lu}[\\p{L}'’. -]{1,40}";
    /** ", 12 mars", ", 1er mai 2024", ", April 9, 2024". */
    private static final String DATE =
            "(,\\s*(?:\\d{1,2}(?:er)?\\s+\\p{L}+\\.?|\\p{L}+\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?)?";
    private static final String AGENCY_IN_PARENTHESES = "(?:\\(([^)]{2,30})\\))?";
    private static final String DASH = "[-–—]{1,2}";

    /** A paragraph's dateline prefix, up to the space after its dash ({@code lookingAt}); groups below. */
    public static final Pattern PREFIX = Pattern.compile(
            "^" + PLACE + "\\s*" + DATE + "\\s*" + AGENCY_IN_PARENTHESES + "\\s*" + DASH + "\\s");
    /** A line that is a dateline and nothing else ({@code matches}), its text folded. */
    public static final Pattern LINE = Pattern.compile(
            LOOSE_PLACE + DATE + "\\s*" + AGENCY_IN_PARENTHESES + "\\s*" + DASH);
    /** The agency (group 1) of a paragraph's dateline, whatever stands between place and agency ({@code lookingAt}). */
    private static final Pattern AGENCY = Pattern.compile(
            "^" + LOOSE_PLACE + "?(?:,[^()]{1,30})?\\s*\\(([^()]{2,30})\\)\\s*[-–—]");
    /**
     * A paragraph opened by its date alone, before a dash, as news wires and wikis stamp their dispatches ("27 octobre
     * 2017 . – Le parlement", "Le mardi 8 mars 2018 – ", "08/03/2018 - "); group 1 holds the date, which
     * {@code DateReader} must still read ({@code lookingAt}). Only the shape is checked here: a day, a word and a year;
     * or a numeric date.
     */
    public static final Pattern DATE_PREFIX = Pattern.compile("(?iu)^(?:le\\s+)?(?:\\p{L}+\\s+)?"
            + "(\\d{1,2}(?:er)?\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})"
            + "\\s*[.,]?\\s*" + DASH + "\\s");
    /** The group of the place ("PÉKIN"). */
    public static final int PLACE_GROUP = 1;
    /** The group of the date with its comma (", 12 mars"), or null. */
    public static final int DATE_GROUP = 2;
    /** The group of the agency inside the parentheses ("Xinhua"), or null. */
    public static final int AGENCY_GROUP = 3;

    private Datelines() {
    }

    /** Where the dateline prefix of a paragraph ends (after its dash), or -1 when the paragraph has none. */
    public static int prefixEnd(String paragraph) {
        Matcher m = PREFIX.matcher(paragraph);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * The agency a paragraph's dateline credits ("MOSCOU (AFP) - ", "HAYWARD, Calif. (AP) - " → "AP"), read loosely:
     * the place and date are not kept; or null.
     */
    public static String agency(String paragraph) {
        Matcher m = AGENCY.matcher(paragraph);
        return m.lookingAt() ? m.group(1) : null;
    }
}

package veille.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.doc.TextNormalizer;

/**
 * Finds calendar dates written in French or English in a short line: "20.09.2023", "19/11", "2023-09-20",
 * "14 mars 2024", "1er mars", "March 14, 2024", "25 juin, 2016".
 *
 * <p>Only dates the characters settle are returned; nothing is completed from context. Thread-safe.
 */
public final class DateReader {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("févr", 2), Map.entry("fevr", 2),
            Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("décembre", 12), Map.entry("decembre", 12), Map.entry("déc", 12), Map.entry("dec", 12),
            Map.entry("december", 12));

    static final String MONTH_WORD = "(janvier|janv|january|jan|f[ée]vrier|f[ée]vr|february|feb|mars|march|mar"
            + "|avril|avr|april|apr|mai|may|juin|june|jun|juillet|juil|july|jul|ao[uû]t|august|aug|septembre|sept"
            + "|september|sep|octobre|oct|october|novembre|nov|november|d[ée]cembre|d[ée]c|december|dec)\\.?";

    static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d/]|[.,]\\d)");
    static final Pattern DAY_MONTH = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\s+" + MONTH_WORD + "(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])");
    static final Pattern MONTH_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])");

    // Which patterns can match a text, from the characters they cannot match without: each pattern runs only where
    // its shape is present. A superset by construction, checked against the patterns by DateReaderTest.
    /** {@link #ISO}: "dddd-dd-dd" has a hyphen after a digit. */
    static final int MAY_BE_ISO = 1;
    /** {@link #NUMERIC}: a digit, a separator ({@code . / -}) and a digit, side by side. */
    static final int MAY_BE_NUMERIC = 2;
    /**
     * {@link #DAY_MONTH}: a digit followed by white space, directly or after a two-letter suffix ("1er "), then a
     * letter a month word can start with.
     */
    static final int MAY_BE_DAY_MONTH = 4;
    /**
     * {@link #MONTH_DAY} with its year, the only matches kept: a month word (case-blind), an optional full stop, white
     * space and a digit (the day); and white space followed by four digits (the year).
     */
    static final int MAY_BE_MONTH_DAY = 8;
    /** The characters the month words' first and last letters match, as the patterns compare them ((?iu)). */
    private static final boolean[] MONTH_FIRST = caseInsensitiveSet("jfmasond");
    private static final boolean[] MONTH_LAST = caseInsensitiveSet("rvynbshlietgpc");
    /** Every word {@link #MONTH_WORD} reads (each of its spellings), as lower-case letters. */
    static final List<String> MONTH_WORDS = MONTHS.keySet().stream().sorted().toList();
    private static final char[][] MONTH_WORD_LETTERS = MONTH_WORDS.stream().map(String::toCharArray)
            .toArray(char[][]::new);

    private DateReader() {
    }

    /** Whether a lower-case word names a month ("mars", "sept", "june"), as the date patterns read it. */
    public static boolean isMonthWord(String lower) {
        return MONTHS.containsKey(lower);
    }

    /** A date found in a line, with where it was found. */
    public record Found(PartialDate date, int start, int end) {
    }

    /** Every date in {@code text}, in order of position. */
    public static List<Found> findAll(String text) {
        String s = TextNormalizer.fold(text);
        int shapes = shapes(s);
        if (shapes == 0) {
            return new ArrayList<>(); // no pattern can match: most short lines hold no date
        }
        List<Found> out = new ArrayList<>();
        if ((shapes & MAY_BE_ISO) != 0) {
            Matcher m = ISO.matcher(s);
            while (m.find()) {
                PartialDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).ifPresent(d -> out.add(new Found(d, m.start(), m.end())));
            }
        }
        if ((shapes & MAY_BE_NUMERIC) != 0) {
            readNumeric(s, out);
        }
        if ((shapes & MAY_BE_DAY_MONTH) != 0) {
            readDayMonth(s, out);
        }
        if ((shapes & MAY_BE_MONTH_DAY) != 0) {
            readMonthDay(s, out);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The patterns that may match {@code s}, as {@code MAY_BE_*} bits; 0 when none can. */
    static int shapes(String s) {
        int shapes = 0;
        boolean monthThenDay = false;
        boolean year = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isAsciiDigit(c)) {
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                if (next == '-') {
                    shapes |= MAY_BE_ISO;
                }
                if ((next == '.' || next == '/' || next == '-') && i + 2 < n && isAsciiDigit(s.charAt(i + 2))) {
                    shapes |= MAY_BE_NUMERIC;
                }
                if (monthWordAfterSpace(s, i + 1) || monthWordAfterSpace(s, i + 3)) {
                    shapes |= MAY_BE_DAY_MONTH;
                }
            } else if (isRegexSpace(c) && i + 1 < n && isAsciiDigit(s.charAt(i + 1))) {
                // white space before a digit: a day after a month word, or a year
                year |= i + 4 < n && isAsciiDigit(s.charAt(i + 2)) && isAsciiDigit(s.charAt(i + 3))
                        && isAsciiDigit(s.charAt(i + 4));
                int before = i;
                while (before > 0 && isRegexSpace(s.charAt(before - 1))) {
                    before--;
                }
                if (before > 0 && s.charAt(before - 1) == '.') {
                    before--;
                }
                monthThenDay |= before > 0 && isIn(MONTH_LAST, s.charAt(before - 1)) && monthWordEndsAt(s, before);
            }
        }
        return monthThenDay && year ? shapes | MAY_BE_MONTH_DAY : shapes;
    }

    /**
     * Whether a month word ends at {@code end}, its letters compared as {@link #MONTH_DAY} compares them: a text
     * character matches a word's letter when it is the letter or upper-cases then lower-cases to it.
     */
    private static boolean monthWordEndsAt(String s, int end) {
        for (char[] word : MONTH_WORD_LETTERS) {
            int start = end - word.length;
            if (start < 0) {
                continue;
            }
            boolean same = true;
            for (int j = 0; j < word.length && same; j++) {
                char c = s.charAt(start + j);
                same = word[j] == c || word[j] == Character.toLowerCase(Character.toUpperCase(c));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Whether white space starts at {@code at} and is followed by a letter a month word can start with. */
    private static boolean monthWordAfterSpace(String s, int at) {
        if (at >= s.length() || !isRegexSpace(s.charAt(at))) {
            return false;
        }
        int i = at;
        while (i < s.length() && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && isIn(MONTH_FIRST, s.charAt(i));
    }

    private static boolean isIn(boolean[] set, char c) {
        return set[c];
    }

    /**
     * Every character that a case-insensitive, Unicode-case pattern letter of {@code letters} matches: those whose
     * upper-cased, then lower-cased form is that letter ("S", "ſ" for "s"), as java.util.regex compares them.
     */
    private static boolean[] caseInsensitiveSet(String letters) {
        boolean[] set = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            set[c] = c == Character.toLowerCase(c) && letters.indexOf(c) >= 0
                    || letters.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0
                    || letters.indexOf(Character.toLowerCase(c)) >= 0;
        }
        return set;
    }

    /** What {@code \d} matches in these patterns (no UNICODE_CHARACTER_CLASS flag). */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches in these patterns (no UNICODE_CHARACTER_CLASS flag). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void readNumeric(String s, List<Found> out) {
        Matcher n = NUMERIC.matcher(s);
        while (n.find()) {
            if (overlaps(out, n.start(), n.end())) {
                continue;
            }
            // Day first, as in French and in most state-media stamps ("20.09.2023", "19/11").
            int day = Integer.parseInt(n.group(1));
            int month = Integer.parseInt(n.group(3));
            int year = n.group(4) == null ? 0 : expandYear(Integer.parseInt(n.group(4)));
            if (n.group(4) == null && n.group(2).equals(".")) {
                continue; // "3.5" is a number, not a date
            }
            PartialDate.of(year, month, day).ifPresent(d -> out.add(new Found(d, n.start(), n.end())));
        }
    }

    private static void readDayMonth(String s, List<Found> out) {
        Matcher dm = DAY_MONTH.matcher(s);
        while (dm.find()) {
            if (overlaps(out, dm.start(), dm.end())) {
                continue;
            }
            Integer month = month(dm.group(2));
            int year = dm.group(3) == null ? 0 : Integer.parseInt(dm.group(3));
            if (month != null) {
                PartialDate.of(year, month, Integer.parseInt(dm.group(1)))
                        .ifPresent(d -> out.add(new Found(d, dm.start(), dm.end())));
            }
        }
    }

    private static void readMonthDay(String s, List<Found> out) {
        Matcher md = MONTH_DAY.matcher(s);
        while (md.find()) {
            if (overlaps(out, md.start(), md.end()) || md.group(3) == null) {
                continue; // "mai 12" without a year is too ambiguous in French text
            }
            Integer month = month(md.group(1));
            if (month != null) {
                PartialDate.of(Integer.parseInt(md.group(3)), month, Integer.parseInt(md.group(2)))
                        .ifPresent(d -> out.add(new Found(d, md.start(), md.end())));
            }
        }
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.get(w);
    }

    private static int expandYear(int y) {
        return y < 100 ? 2000 + y : y;
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }
}

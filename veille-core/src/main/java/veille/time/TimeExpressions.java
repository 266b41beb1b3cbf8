package veille.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.internal.Regexes;
import veille.doc.TextNormalizer;
import veille.kb.TsvFile;

/**
 * Finds date expressions in French text, absolute ("le 24 mai 2023", "24/05/2023", "en 2024") and relative
 * ("mercredi", "mardi dernier", "hier", "la semaine prochaine", "au printemps prochain", "à la fin de l'année"),
 * and normalises them against the publication date.
 *
 * <p>Offsets are UTF-16 code units into the text given, half-open. The anchor is the article's publication date
 * as {@link veille.doc.ArticleMeta#published()} writes it: {@code 2023-09-20}, {@code --11-19} or null. A bare
 * weekday is resolved by the tense of its clause: past (passé composé, imparfait) → the latest such day on or
 * before the anchor; future or conditional → the next one on or after it; "dernier"/"prochain" exclude the anchor
 * day itself. Without an anchor year a weekday stays its English name ({@code wednesday}) and a relative day
 * ("hier") has no value: nothing is guessed. Words live in {@code /veille/kb/time-words.tsv}, the tense of a
 * clause is read with {@link Tenses}. Thread-safe.
 *
 * @see DateReader
 */
public final class TimeExpressions {
    private static final String RESOURCE = "/veille/kb/time-words.tsv";
    private static volatile TimeExpressions builtIn;

    /** The tense deciding whether a weekday lies before or after the anchor. */
    public enum Tense { PAST, FUTURE, UNKNOWN }

    /**
     * One date expression.
     *
     * @param start first character
     * @param end one past the last character
     * @param text the characters
     * @param granularity {@code day} (value ISO {@code 2023-09-19} or {@code --09-19}), {@code weekday} (value an
     *                    English weekday name: not resolvable), {@code week} ({@code 2023-W39}), {@code month}
     *                    ({@code 2023-10}), {@code season} ({@code 2024-SP}), {@code year} ({@code 2024})
     * @param value the normalised value, or null when the anchor does not settle it ("hier" without a date)
     * @param mod {@code END} or {@code START} for "à la fin de l'année", "début mai"; null otherwise
     */
    public record TimeExpression(int start, int end, String text, String granularity, String value, String mod) {
        /** Whether the value is one calendar day, with or without its year, or a weekday name. */
        public boolean dayLevel() {
            return value != null && (granularity.equals("day") || granularity.equals("weekday"));
        }
    }

    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, String> weekdayNames = new HashMap<>();
    private final Map<String, Integer> days = new HashMap<>();
    private final Map<String, String> seasons = new HashMap<>();
    private final Set<String> next = new HashSet<>();
    private final Set<String> last = new HashSet<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> yearPrepositions = new HashSet<>();
    private final Tenses tenses;
    private final Pattern weekday;
    private final Pattern day;
    private final Pattern season;
    private final Pattern monthExpr;
    private final Pattern monthBeforeStop;
    private final Pattern yearExpr;

    private static final Pattern PERIOD = Pattern.compile("(?<![\\p{L}\\d])(la semaine|le mois|l'année|l'an) (prochaine?|dernière?|passée?)(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d])(cette semaine|ce mois-ci|ce mois|cette année)(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d])(?:à|d'ici|avant|vers) (la fin|le début) de (l'année|l'an|ce mois|cette année)(?![\\p{L}\\d])");

    private TimeExpressions(TsvFile table, Tenses tenses) {
        this.tenses = tenses;
        for (Map<String, String> row : table.rows()) {
            String w = row.get("word");
            String v = row.getOrDefault("value", "");
            switch (row.get("kind")) {
                case "weekday" -> {
                    String[] p = v.split(":");
                    weekdays.put(w, Integer.parseInt(p[0]));
                    weekdayNames.put(w, p[1]);
                }
                case "day" -> days.put(w, Integer.parseInt(v));
                case "season" -> seasons.put(w, v);
                case "next" -> next.add(w);
                case "last" -> last.add(w);
                case "month" -> months.put(w, Integer.parseInt(v));
                case "year-preposition" -> yearPrepositions.add(w);
                default -> throw new IllegalArgumentException(table.name() + ": unknown kind '" + row.get("kind")
                        + "'. Known: weekday, day, season, next, last, month, year-preposition");
            }
        }
        String dir = "(?:\\s+(" + Regexes.alternation(next) + "|" + Regexes.alternation(last) + "))?";
        weekday = Pattern.compile("(?<![\\p{L}\\d-])(ce |cet )?(" + Regexes.alternation(weekdays.keySet()) + ")" + dir + "(?![\\p{L}-])");
        day = Pattern.compile("(?<![\\p{L}\\d-])(" + Regexes.alternation(days.keySet()) + ")(?![\\p{L}-])");
        season = Pattern.compile("(?<![\\p{L}])(?:au |à l'|en |cet |ce |l'|le )(" + Regexes.alternation(seasons.keySet()) + ")"
                + "(?:\\s+(\\d{4})|" + dir + ")(?![\\p{L}])");
        String monthNames = Regexes.alternation(months.keySet());
        monthExpr = Pattern.compile("(?<![\\p{L}\\d])(?:(en|début|fin|mi-)\\s*)(" + monthNames
                + ")(?:\\s+(\\d{4})|\\s+(prochain|dernier))?(?![\\p{L}\\d])");
        monthBeforeStop = Pattern.compile("(?s).*(" + monthNames + ")\\.");
        yearExpr = Pattern.compile("(?<![\\p{L}\\d])(" + Regexes.alternation(yearPrepositions) + ") (\\d{4})(?![\\p{L}\\d])");
    }

    /** The built-in word list. */
    public static TimeExpressions builtIn() {
        TimeExpressions t = builtIn;
        if (t == null) {
            t = new TimeExpressions(TsvFile.resource(RESOURCE), Tenses.builtIn());
            builtIn = t;
        }
        return t;
    }

    /** Over a given table (the columns of {@code time-words.tsv}) and the built-in tense words. */
    public static TimeExpressions of(TsvFile table) {
        return new TimeExpressions(table, Tenses.builtIn());
    }

    /** Over a given table (the columns of {@code time-words.tsv}) and given tense words. */
    public static TimeExpressions of(TsvFile table, Tenses tenses) {
        return new TimeExpressions(table, tenses);
    }

    /** Every date expression of {@code text}, in text order, normalised against {@code anchor} (nullable). */
    public List<TimeExpression> find(String text, String anchor) {
        return find(text, anchor, null);
    }

    /**
     * Every date expression of {@code text}, in text order. {@code tense} forces the tense of every expression
     * (for a test or a caller that knows it); when null, each expression takes its clause's.
     */
    public List<TimeExpression> find(String text, String anchor, Tense tense) {
        String low = lower(TextNormalizer.fold(text));
        Optional<LocalDate> full = fullAnchor(anchor);
        Found out = new Found();
        for (DateReader.Found f : datesNearDigits(text)) {
            String s = text.substring(f.start(), f.end());
            if (!f.date().hasYear() && !s.contains("/") && !s.matches("(?s).*\\p{L}.*")) {
                continue; // "3-5", "1.2": numbers, not dates
            }
            PartialDate d = f.date();
            String value = d.iso();
            if (!d.hasYear() && full.isPresent()) {
                LocalDate a = full.get();
                LocalDate c = LocalDate.of(a.getYear(), d.month(), Math.min(d.day(), java.time.Month.of(d.month()).length(java.time.Year.isLeap(a.getYear()))));
                Tense t = tense != null ? tense : tenseAt(low, f.start(), f.end());
                if (t == Tense.FUTURE && c.isBefore(a.minusMonths(2))) {
                    c = c.plusYears(1);
                } else if (t != Tense.FUTURE && c.isAfter(a.plusMonths(2))) {
                    c = c.minusYears(1);
                }
                value = c.toString();
            }
            int fe = f.end();
            if (s.endsWith(".") && monthBeforeStop.matcher(lower(s)).matches()) {
                fe--; // a sentence's full stop, not an abbreviation's
                s = s.substring(0, s.length() - 1);
            }
            out.add(new TimeExpression(f.start(), fe, s, "day", value, null));
        }
        for (Matcher m : near(weekday, low, weekdays.keySet(), 4, 12)) {
            if (overlaps(out, m.start(), m.end() + 4)) {
                continue; // "mercredi 24 mai": the date says it
            }
            int dow = weekdays.get(m.group(2));
            String dir = m.group(3);
            Tense t = dir != null ? (next.contains(dir) ? Tense.FUTURE : Tense.PAST)
                    : tense != null ? tense : tenseAt(low, m.start(), m.end());
            boolean strict = dir != null;
            String value = weekdayNames.get(m.group(2));
            String gran = "weekday";
            if (full.isPresent()) {
                LocalDate a = full.get();
                DayOfWeek w = DayOfWeek.of(dow);
                LocalDate r = t == Tense.FUTURE
                        ? a.with(strict ? TemporalAdjusters.next(w) : TemporalAdjusters.nextOrSame(w))
                        : a.with(strict ? TemporalAdjusters.previous(w) : TemporalAdjusters.previousOrSame(w));
                value = r.toString();
                gran = "day";
            }
            int start = m.group(1) != null ? m.start(2) : m.start();
            out.add(new TimeExpression(start, m.end(), text.substring(start, m.end()), gran, value, null));
        }
        for (Matcher d : near(day, low, days.keySet(), 1, 1)) {
            String value = full.map(a -> a.plusDays(days.get(d.group(1))).toString()).orElse(null);
            out.add(new TimeExpression(d.start(), d.end(), text.substring(d.start(), d.end()), "day", value, null));
        }
        Matcher y = yearExpr.matcher(low);
        while (y.find()) {
            int s = y.start(2);
            if (!overlaps(out, s, y.end())) {
                out.add(new TimeExpression(s, y.end(), text.substring(s, y.end()), "year", y.group(2), null));
            }
        }
        for (Matcher mo : near(monthExpr, low, months.keySet(), 8, 14)) {
            if (overlaps(out, mo.start(), mo.end())) {
                continue;
            }
            int month = months.get(mo.group(2));
            Integer year = mo.group(3) != null ? Integer.valueOf(mo.group(3)) : null;
            if (year == null && full.isPresent()) {
                LocalDate a = full.get();
                boolean fwd = mo.group(4) != null ? next.contains(mo.group(4)) : tenseAt(low, mo.start(), mo.end()) == Tense.FUTURE;
                boolean back = mo.group(4) != null && last.contains(mo.group(4));
                year = a.getYear() + (fwd && month < a.getMonthValue() ? 1 : 0) - (back && month >= a.getMonthValue() ? 1 : 0);
            }
            String mod = switch (mo.group(1).strip()) {
                case "début" -> "START";
                case "fin" -> "END";
                case "mi-" -> "MID";
                default -> null;
            };
            int s = mo.group(1).strip().equals("en") ? mo.start(2) : mo.start();
            String value = year == null ? null : String.format(Locale.ROOT, "%04d-%02d", year, month);
            out.add(new TimeExpression(s, mo.end(), text.substring(s, mo.end()), "month", value, mod));
        }
        for (Matcher p : near(PERIOD, low, PERIOD_WORDS, 26, 14)) {
            out.add(period(p, text, full.orElse(null)));
        }
        for (Matcher se : near(season, low, seasons.keySet(), 6, 14)) {
            String[] code = seasons.get(se.group(1)).split(":");
            String value = null;
            if (se.group(2) != null) {
                value = se.group(2) + "-" + code[0];
            } else if (full.isPresent()) {
                LocalDate a = full.get();
                int first = Integer.parseInt(code[1]);
                int yr = a.getYear();
                String dir = se.group(3);
                if (dir != null && next.contains(dir)) {
                    yr += a.getMonthValue() >= first ? 1 : 0;
                } else if (dir != null && last.contains(dir)) {
                    yr -= a.getMonthValue() < first + 3 ? 1 : 0;
                }
                value = yr + "-" + code[0];
            }
            out.add(new TimeExpression(se.start(), se.end(), text.substring(se.start(), se.end()), "season", value, null));
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<TimeExpression> kept = new ArrayList<>();
        int lastEnd = -1;
        for (TimeExpression e : out) {
            if (e.start() >= lastEnd) {
                kept.add(e);
                lastEnd = e.end();
            }
        }
        return List.copyOf(kept);
    }

    private TimeExpression period(Matcher p, String text, LocalDate a) {
        String s = text.substring(p.start(), p.end());
        String value = null;
        String gran;
        String mod = null;
        if (p.group(1) != null) {
            int dir = p.group(2).startsWith("proch") ? 1 : -1;
            gran = p.group(1).equals("la semaine") ? "week" : p.group(1).equals("le mois") ? "month" : "year";
            if (a != null) {
                value = switch (gran) {
                    case "week" -> isoWeek(a.plusWeeks(dir));
                    case "month" -> a.plusMonths(dir).toString().substring(0, 7);
                    default -> String.valueOf(a.getYear() + dir);
                };
            }
        } else if (p.group(3) != null) {
            gran = p.group(3).startsWith("cette semaine") ? "week" : p.group(3).startsWith("ce mois") ? "month" : "year";
            if (a != null) {
                value = switch (gran) {
                    case "week" -> isoWeek(a);
                    case "month" -> a.toString().substring(0, 7);
                    default -> String.valueOf(a.getYear());
                };
            }
        } else {
            mod = p.group(4).equals("la fin") ? "END" : "START";
            gran = p.group(5).contains("mois") ? "month" : "year";
            if (a != null) {
                value = gran.equals("month") ? a.toString().substring(0, 7) : String.valueOf(a.getYear());
            }
        }
        return new TimeExpression(p.start(), p.end(), s, gran, value, mod);
    }

    private static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The anchor as a full date, when it has a year. */
    static Optional<LocalDate> fullAnchor(String anchor) {
        if (anchor == null || !anchor.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(anchor));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The tense of the clause around {@code [start, end)} of {@code low} (lower-case text), read with this
     * instance's {@link Tenses}.
     */
    public Tense tenseAt(String low, int start, int end) {
        return tenses.tenseAt(low, start, end);
    }

    /** Lower case, character for character, so offsets are kept. */
    static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    private static final Set<String> PERIOD_WORDS = Set.of("semaine", "mois", "année", "l'an ");

    /**
     * The matches of {@code p} in windows of {@code low} around each occurrence of a key word ({@code back}
     * characters before it, {@code fwd} after), in text order: the expressions are rare, and running each
     * pattern over the whole text cost more than the rest of the events stage. Each result is a matcher
     * positioned on one match (a snapshot).
     */
    private static List<Matcher> near(Pattern p, String low, Set<String> keys, int back, int fwd) {
        List<int[]> windows = new ArrayList<>();
        for (String k : keys) {
            for (int i = low.indexOf(k); i >= 0; i = low.indexOf(k, i + 1)) {
                windows.add(new int[] {Math.max(0, i - back), Math.min(low.length(), i + k.length() + fwd)});
            }
        }
        windows.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Matcher> out = new ArrayList<>();
        int lastStart = -1;
        int i = 0;
        while (i < windows.size()) {
            int ws = windows.get(i)[0];
            int we = windows.get(i)[1];
            while (i + 1 < windows.size() && windows.get(i + 1)[0] <= we) {
                we = Math.max(we, windows.get(++i)[1]);
            }
            i++;
            Matcher m = p.matcher(low);
            m.useTransparentBounds(true).useAnchoringBounds(false).region(ws, we);
            while (m.find()) {
                if (m.start() > lastStart) {
                    lastStart = m.start();
                    Matcher snap = p.matcher(low);
                    snap.useTransparentBounds(true).useAnchoringBounds(false).region(m.start(), low.length());
                    if (snap.lookingAt()) {
                        out.add(snap);
                    }
                }
            }
        }
        return out;
    }

    /** {@link DateReader#findAll} over windows around the digits of the text (every date it reads has some). */
    private static List<DateReader.Found> datesNearDigits(String text) {
        List<DateReader.Found> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int ws = Math.max(0, i - 16);
            while (ws > 0 && !Character.isWhitespace(text.charAt(ws - 1))) {
                ws--;
            }
            int we = i;
            while (true) {
                while (we < n && Character.isDigit(text.charAt(we))) {
                    we++;
                }
                int limit = Math.min(n, we + 16);
                int next = we;
                while (next < limit && !Character.isDigit(text.charAt(next))) {
                    next++;
                }
                if (next < limit) {
                    we = next;
                    continue;
                }
                we = limit;
                break;
            }
            while (we < n && !Character.isWhitespace(text.charAt(we))) {
                we++;
            }
            for (DateReader.Found f : DateReader.findAll(text.substring(ws, we))) {
                out.add(new DateReader.Found(f.date(), f.start() + ws, f.end() + ws));
            }
            i = we;
        }
        return out;
    }

    /** The expressions found so far, with the characters they cover, so an overlap test needs no scan of them all. */
    private static final class Found extends ArrayList<TimeExpression> {
        private final java.util.BitSet covered = new java.util.BitSet();
        private boolean anyEmpty;

        @Override
        public boolean add(TimeExpression t) {
            covered.set(t.start(), t.end());
            anyEmpty |= t.start() >= t.end();
            return super.add(t);
        }
    }

    private static boolean overlaps(Found found, int start, int end) {
        if (!found.anyEmpty && start < end) {
            // Non-empty spans overlap exactly when one covers a character of the other.
            int next = found.covered.nextSetBit(start);
            return next >= 0 && next < end;
        }
        for (TimeExpression f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }
}

package veille.stage.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veille.doc.Amount;
import veille.doc.TextNormalizer;
import veille.kb.TsvFile;
import veille.time.DateReader;

/**
 * Finds amounts in French text: money ("près de 50 milliards de dollars", "200 mds $", "1,5 million d'euros"),
 * percentages ("25% environ", "16 %", "la moitié des sénateurs") and counts ("58 accords", "12 de ces accords",
 * "une dizaine de navires", "vingt et un coups de canon", "13 500 à 14 000 personnes", or a number alone whose noun
 * the sentence leaves implied: "passant de 142 à 159").
 *
 * <p>A number in digits is a count unless its context makes it something else: a date ("5 mai"), a year ("en
 * 2016"), a time ("8 h 30"), a duration or a measure ("six ans", "150 kilomètres"), an ordinal ("45 e"), a name
 * or a label ("Boeing 737", "l'article 155", "Minsk 2") or a note mark ("[1]"). A number written in words is a
 * count only before its noun ("trois bals"), and not after a definite article ("les deux pays": the two already
 * named). A range counts once, at its low end ("trois ou quatre lots" = 3, approximate); vague quantities ("des
 * milliers") are not amounts. An amount the title states and the body repeats is reported once.
 *
 * <p>Offsets are UTF-16 code units into the text given, half-open. A scaled number with no currency of its own
 * ("environ 12 milliards") takes the currency of the amount before it in the same text, and is not reported when
 * there is none. Words live in {@code /veille/kb/amount-words.tsv}. Thread-safe.
 */
public final class AmountReader {
    private static final String RESOURCE = "/veille/kb/amount-words.tsv";
    private static volatile AmountReader builtIn;

    private final Map<List<String>, String> currencies = new HashMap<>();
    private final Map<String, Double> scales = new HashMap<>();
    private final Map<List<String>, Double> rounds = new HashMap<>();
    private final Map<String, Double> numbers = new HashMap<>();
    private final Map<String, Double> fractions = new HashMap<>();
    private final List<List<String>> approx = new ArrayList<>();
    private final List<List<String>> approxAfter = new ArrayList<>();
    private final List<List<String>> percent = new ArrayList<>();
    private final List<List<String>> partitive = new ArrayList<>();
    private final Set<String> uncounted = new HashSet<>();
    private final Set<String> ordinals = new HashSet<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> adjectives = new HashSet<>();
    private final Set<String> definite = new HashSet<>();
    private final Set<String> connectors = new HashSet<>();
    private final Set<String> notNouns = new HashSet<>();

    private AmountReader(TsvFile table) {
        for (Map<String, String> row : table.rows()) {
            String w = row.get("word");
            String v = row.getOrDefault("value", "");
            List<String> phrase = phrase(w);
            switch (row.get("kind")) {
                case "currency" -> currencies.put(phrase, v);
                case "scale" -> scales.put(w, Double.parseDouble(v));
                case "approx" -> approx.add(phrase);
                case "approxafter" -> approxAfter.add(phrase);
                case "percent" -> percent.add(phrase);
                case "round" -> rounds.put(phrase, Double.parseDouble(v));
                case "number" -> numbers.put(w, Double.parseDouble(v));
                case "fraction" -> fractions.put(w, Double.parseDouble(v));
                case "partitive" -> partitive.add(phrase);
                case "uncounted" -> uncounted.add(w);
                case "ordinal" -> ordinals.add(w);
                case "label" -> labels.add(w);
                case "adjective" -> adjectives.add(w);
                case "definite" -> definite.add(w);
                case "connector" -> connectors.add(w);
                case "not-noun" -> notNouns.add(w);
                default -> throw new IllegalArgumentException(table.name() + ": unknown kind '" + row.get("kind")
                        + "'. Known: currency, scale, approx, approxafter, percent, round, number, fraction, partitive,"
                        + " uncounted, ordinal, label, adjective, definite, connector, not-noun");
            }
        }
        for (List<List<String>> l : List.of(approx, approxAfter, percent, partitive)) {
            l.sort(Comparator.comparingInt(List<String>::size).reversed()); // the longest phrase wins
        }
    }

    /** The built-in word list. */
    public static AmountReader builtIn() {
        AmountReader r = builtIn;
        if (r == null) {
            r = new AmountReader(TsvFile.resource(RESOURCE));
            builtIn = r;
        }
        return r;
    }

    /** Over a given table (the columns of {@code amount-words.tsv}). */
    public static AmountReader of(TsvFile table) {
        return new AmountReader(table);
    }

    /** Every amount of {@code text}, in text order; an empty list when there is none. */
    public List<Amount> find(String text) {
        return find(text, 0);
    }

    /**
     * Every amount of {@code text}, in text order, where the text's first {@code titleEnd} characters are its title:
     * an amount of the body that repeats one of the title (same value, unit and noun) is the same fact, left out.
     */
    public List<Amount> find(String text, int titleEnd) {
        String low = lower(TextNormalizer.fold(text));
        List<Amount> out = new ArrayList<>();
        Set<String> inTitle = new HashSet<>();
        String lastCurrency = null;
        // Chunk by chunk, each ending at a line break, so that a long document holds the tokens of one chunk at a
        // time: an amount never spans a line, and an article shorter than a chunk is read in one.
        for (int from = 0, to; from < text.length(); from = to) {
            to = chunkEnd(low, from);
            List<Tok> t = tokens(text, low, from, to);
            int first = out.size();
            List<Amount> leaning = new ArrayList<>();
            int i = 0;
            while (i < t.size()) {
                Read r = read(t, i, lastCurrency, text);
                if (r == null) {
                    i++;
                    continue;
                }
                i = Math.max(r.next(), i + 1);
                Amount a = r.amount();
                if (a == null) {
                    continue;
                }
                if (!a.unit().equals("count") && !a.unit().equals("percent")) {
                    lastCurrency = a.unit();
                }
                String key = a.value() + "|" + a.unit() + "|" + (a.of() == null ? "" : lower(a.of()));
                if (a.start() < titleEnd) {
                    inTitle.add(key);
                } else if (inTitle.contains(key)) {
                    continue;
                }
                out.add(a);
                if (r.leans()) {
                    leaning.add(a);
                }
            }
            if (!leaning.isEmpty()) {
                List<Amount> chunk = out.subList(first, out.size());
                List<Amount> read = List.copyOf(chunk);
                chunk.removeIf(a -> leaning.contains(a) && !countedInSentence(text, a, read));
            }
        }
        return List.copyOf(out);
    }

    /** Characters read at a time, at least: a chunk goes on to the end of its line. */
    private static final int CHUNK = 1 << 16;

    private static int chunkEnd(String low, int from) {
        if (low.length() - from <= CHUNK) {
            return low.length();
        }
        int nl = low.indexOf('\n', from + CHUNK);
        return nl < 0 ? low.length() : nl + 1;
    }

    /** Whether the sentence of {@code a} holds a count with its noun ("256 avions dont « 150 sont opérationnels"). */
    private static boolean countedInSentence(String text, Amount a, List<Amount> all) {
        int from = a.start();
        while (from > 0 && !sentenceEndsAt(text, from - 1)) {
            from--;
        }
        int to = a.end();
        while (to < text.length() && !sentenceEndsAt(text, to)) {
            to++;
        }
        for (Amount o : all) {
            if (o != a && o.of() != null && o.start() >= from && o.end() <= to + 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEndsAt(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
                || Character.isWhitespace(text.charAt(i + 1)));
    }

    // ---- reading one amount ----

    /**
     * What was read at a token: an amount (or null when the number is no amount) and the token to go on from;
     * {@code leans} when the amount is a small number alone whose noun the sentence implies ("dont 3 en Russie"): it
     * stands only beside a counted noun in the same sentence.
     */
    private record Read(Amount amount, int next, boolean leans) {
        Read(Amount amount, int next) {
            this(amount, next, false);
        }
    }

    /** A number: its value, its first and one-past-last tokens, and whether it is written in digits. */
    private record Quantity(double value, int from, int to, boolean digits, boolean approx, boolean one) {
    }

    /** What follows a number: a scale, a currency, a percent sign, a counted noun, or a cue that it is no amount. */
    private record Tail(double factor, String currency, boolean percent, int noun, boolean notAmount, int end) {
        boolean unit() {
            return currency != null || percent || noun >= 0;
        }
    }

    private Read read(List<Tok> t, int i, String lastCurrency, String text) {
        int a = phrase(t, i, approx);
        int j = i + a;
        Read fraction = fraction(t, i, j, a > 0, text);
        if (fraction != null) {
            return fraction;
        }
        Quantity q = quantity(t, j);
        if (q == null) {
            return null;
        }
        boolean approximate = a > 0 || q.approx();
        // A range: "13 500 à 14 000 personnes", "trois ou quatre lots", "30 à 50 milliards de dollars".
        if (q.to() + 1 < t.size() && isConnector(t.get(q.to())) && !q.approx()) {
            Quantity q2 = quantity(t, q.to() + 1);
            if (q2 != null && q2.digits() == q.digits() && !q2.approx()) {
                Tail tail = tail(t, q2.to(), q2.digits());
                if (tail.notAmount()) {
                    return new Read(null, tail.end());
                }
                if (tail.unit() || tail.factor() != 1) {
                    return amount(t, text, i, q.value(), true, tail, lastCurrency);
                }
                if (q.digits() && excluded(t, j, q, tail)) {
                    return new Read(null, q2.to()); // "Boeing 737 et 777", "en 2010 et 2011"
                }
            }
        }
        Tail tail = tail(t, q.to(), q.digits());
        if (tail.notAmount()) {
            return new Read(null, tail.end());
        }
        String before = q.digits() && a == 0 && j > 0 && t.get(j - 1).end() == t.get(j).start()
                ? currencies.get(List.of(t.get(j - 1).low())) : null;
        if (before != null && tail.currency() == null && !tail.percent()) {
            // "$800", "€5 millions": the sign before the number
            Tail money = new Tail(tail.factor(), before, false, -1, false, q.to() + (tail.factor() != 1 ? 1 : 0));
            return amount(t, text, j - 1, q.value(), approximate, money, lastCurrency);
        }
        if (q.digits()) {
            if (tail.factor() == 1 && tail.currency() == null && !tail.percent() && excluded(t, j, q, tail)) {
                return new Read(null, q.to());
            }
        } else if (tail.factor() == 1 && tail.currency() == null && !tail.percent()) {
            // a number in words counts only its noun, and not after "les", "ces" (the two already named)
            if (tail.noun() < 0 || q.one() || (j > 0 && isWord(t.get(j - 1)) && definite.contains(t.get(j - 1).low()))) {
                return new Read(null, q.to());
            }
        }
        Read r = amount(t, text, i, q.value(), approximate, tail, lastCurrency);
        if (q.digits() && r.amount() != null && r.amount().unit().equals("count") && tail.noun() < 0
                && tail.factor() == 1 && !large(t.get(j)) && !paired(t, j, q)) {
            return new Read(r.amount(), r.next(), true);
        }
        return r;
    }

    /** A number too large to be a reference or a rank: written in groups of thousands ("223 000"), or 10 000 or more. */
    private static boolean large(Tok n) {
        return n.value() >= 10000 || n.value() >= 1000 && !n.year() && n.low().matches(".*\\d[ .]\\d{3}");
    }

    /** One end of a change or a range of two numbers: "passées de 35 à 105". */
    private boolean paired(List<Tok> t, int j, Quantity q) {
        boolean next = q.to() + 1 < t.size() && isConnector(t.get(q.to())) && t.get(q.to() + 1).type() == Type.NUM;
        boolean prev = j >= 2 && isConnector(t.get(j - 1)) && t.get(j - 2).type() == Type.NUM;
        return next || prev;
    }

    /** The amount from token {@code i} with the value and what follows it; null amount when it has no unit. */
    private Read amount(List<Tok> t, String text, int i, double value, boolean approximate, Tail tail,
                        String lastCurrency) {
        String unit;
        String of = null;
        if (tail.currency() != null) {
            unit = tail.currency();
        } else if (tail.percent()) {
            unit = "percent";
        } else if (tail.factor() >= 1e6 && tail.noun() < 0) {
            if (lastCurrency == null) {
                return new Read(null, tail.end());
            }
            unit = lastCurrency;
        } else {
            unit = "count";
            if (tail.noun() >= 0) {
                of = text.substring(t.get(tail.noun()).start(), t.get(nounEnd(t, tail.noun()) - 1).end());
            }
        }
        int end = tail.end();
        int after = phrase(t, end, approxAfter);
        if (after > 0) {
            approximate = true;
            end += after;
        }
        int from = t.get(i).start();
        int to = t.get(end - 1).end();
        double v = scaled(value, tail.factor());
        return new Read(new Amount(from, to, text.substring(from, to), v, unit, approximate, of), end);
    }

    /** "la moitié des sénateurs", "environ la moitié des effectifs": a share of a plural, in percent. */
    private Read fraction(List<Tok> t, int i, int j, boolean approximate, String text) {
        int k = j;
        if (k < t.size() && isWord(t.get(k)) && Set.of("la", "le", "un").contains(t.get(k).low())) {
            k++;
        }
        if (k >= t.size() || !isWord(t.get(k)) || !fractions.containsKey(t.get(k).low())) {
            return null;
        }
        int p = phrase(t, k + 1, partitive);
        if (p == 0 || k + 1 + p >= t.size() || !isWord(t.get(k + 1 + p))) {
            return null;
        }
        int from = t.get(i).start();
        int to = t.get(k + p + 1).end();
        return new Read(new Amount(from, to, text.substring(from, to), fractions.get(t.get(k).low()), "percent",
                approximate, null), k + p + 2);
    }

    /** A number at token {@code j}: digits, a round noun ("une dizaine"), or cardinal words; or null. */
    private Quantity quantity(List<Tok> t, int j) {
        if (j >= t.size()) {
            return null;
        }
        Tok first = t.get(j);
        if (first.type() == Type.NUM) {
            return Double.isNaN(first.value()) ? null : new Quantity(first.value(), j, j + 1, true, false, false);
        }
        for (Map.Entry<List<String>, Double> r : rounds.entrySet()) {
            if (matches(t, j, r.getKey())) {
                return new Quantity(r.getValue(), j, j + r.getKey().size(), false, true, false);
            }
        }
        // Cardinal words: "deux", "vingt et un", "quatre-vingt-dix", "deux cent mille".
        double total = 0;
        double current = 0;
        int k = j;
        int last = -1;
        int words = 0;
        while (k < t.size()) {
            Tok w = t.get(k);
            if (isWord(w) && numbers.containsKey(w.low())) {
                double v = numbers.get(w.low());
                if (v == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (v == 1000) {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                } else if (v == 20 && current % 100 == 4 && words > 0) {
                    current += 76; // "quatre-vingt(s)": four twenties
                } else {
                    current += v;
                }
                words++;
                last = k;
                k++;
            } else if (words > 0 && k + 1 < t.size() && (w.low().equals("-") || w.low().equals("et"))
                    && isWord(t.get(k + 1)) && numbers.containsKey(t.get(k + 1).low())) {
                k++; // "dix-sept", "vingt et un"
            } else {
                break;
            }
        }
        if (words == 0) {
            return null;
        }
        double value = total + current;
        return new Quantity(value, j, last + 1, false, false, value == 1);
    }

    /** What follows a number ending before token {@code e}. */
    private Tail tail(List<Tok> t, int e, boolean digits) {
        double factor = 1;
        int k = e;
        if (k < t.size() && isWord(t.get(k)) && scales.containsKey(t.get(k).low())) {
            factor = scales.get(t.get(k).low());
            k++;
        }
        if (k < t.size() && isWord(t.get(k)) && factor == 1) {
            String w = t.get(k).low();
            if (DateReader.isMonthWord(w) || uncounted.contains(w) || ordinals.contains(w)) {
                return new Tail(1, null, false, -1, true, k + 1); // "5 mai", "six ans", "45 e président"
            }
        }
        int de = deAt(t, k);
        int c = currencyAt(t, k + de);
        if (c > 0) {
            return new Tail(factor, currencies.get(words(t, k + de, c)), false, -1, false, k + de + c);
        }
        int p = phrase(t, k, percent);
        if (p > 0) {
            return new Tail(factor, null, true, -1, false, k + p);
        }
        if ((factor != 1 || !digits) && de > 0 && isNoun(t, k + de)) {
            // "32 millions d'Américains", "une dizaine de navires"; not "une vingtaine d'années"
            boolean measure = uncounted.contains(t.get(k + de).low());
            return new Tail(factor, null, false, measure ? -1 : k + de, measure, nounEnd(t, k + de));
        }
        if (factor != 1) {
            return new Tail(factor, null, false, -1, false, k);
        }
        int n = k + phrase(t, k, partitive);
        // "28 nouveaux membres"; after a number in words an adjective describes ("deux grandes nations") rather than
        // counts, or announces a duration ("les quatre prochaines années")
        while (n < t.size() && isWord(t.get(n)) && adjectives.contains(t.get(n).low())) {
            if (!digits) {
                return new Tail(1, null, false, -1, false, k);
            }
            n++;
        }
        if (isNoun(t, n)) {
            if (uncounted.contains(t.get(n).low())) {
                return new Tail(1, null, false, -1, true, n + 1); // "cinq prochaines années"
            }
            return new Tail(1, null, false, n, false, nounEnd(t, n));
        }
        return new Tail(1, null, false, -1, false, k);
    }

    /**
     * Whether a number in digits at {@code j} names rather than counts: a year, a label's or a name's number, a
     * note mark, the minutes of a time, or a number glued to letters ("A320", "21st", "18e").
     */
    private boolean excluded(List<Tok> t, int j, Quantity q, Tail tail) {
        Tok n = t.get(j);
        if (n.glued()) {
            return true;
        }
        boolean lowerNoun = tail.noun() >= 0 && !t.get(tail.noun()).upper();
        if (n.year() && !lowerNoun) {
            return true;
        }
        if (j == 0) {
            return false;
        }
        Tok prev = t.get(j - 1);
        int w = prev.low().equals(".") && j >= 2 ? j - 2 : j - 1;
        if (isWord(t.get(w)) && DateReader.isMonthWord(t.get(w).low())) {
            return true; // "Nov. 5", "mars 2016"
        }
        if (prev.low().equals("[") && q.to() < t.size() && t.get(q.to()).low().equals("]")) {
            return true;
        }
        if (prev.low().equals("°") || prev.low().equals("#")) {
            return true;
        }
        if (isWord(prev) && (labels.contains(prev.low())
                || uncounted.contains(prev.low()) && j >= 2 && t.get(j - 2).type() == Type.NUM)) {
            return true; // "l'article 155", "les années 200", "8 h 30"
        }
        // "Boeing 737", "Minsk 2": after a capitalised word inside a sentence
        return isWord(prev) && prev.upper() && j >= 2 && !isSentenceEnd(t.get(j - 2));
    }

    // ---- tokens ----

    private enum Type { NUM, WORD, MARK }

    /**
     * A token: a number (its value, NaN for a date or a time such as "20.09.2023" or "14:30"), a word (lower case),
     * or one other character.
     *
     * @param upper a word written with a capital
     * @param year a number of four plain digits from 1000 to 2100
     * @param glued a number touching letters
     */
    private record Tok(Type type, int start, int end, String low, double value, boolean upper, boolean year,
                       boolean glued) {
    }

    /** The tokens of {@code low} from {@code from} to {@code to}, with offsets into the whole text. */
    private static List<Tok> tokens(String text, String low, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int n = to;
        int i = from;
        while (i < n) {
            char c = low.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    out.add(new Tok(Type.MARK, i, i + 1, "\n", Double.NaN, false, false, false));
                }
                i++;
            } else if (isDigit(c)) {
                int s = i;
                boolean odd = false;
                i = digitsEnd(low, i);
                while (i + 1 < n && isDigit(low.charAt(i + 1))) {
                    char sep = low.charAt(i);
                    if (sep == '.' || sep == ',') {
                        i = digitsEnd(low, i + 1);
                    } else if (sep == '/' || sep == ':' || sep == '-') {
                        odd = true; // a date, a time, a score
                        i = digitsEnd(low, i + 1);
                    } else {
                        break;
                    }
                }
                if (!odd && i - s <= 3) {
                    // thousands in groups of three: "13 500", "1 000 000"
                    while (i + 4 <= n && (low.charAt(i) == ' ') && digitsEnd(low, i + 1) == i + 4) {
                        i += 4;
                    }
                }
                String raw = low.substring(s, i);
                boolean glued = s > 0 && Character.isLetter(low.charAt(s - 1)) || i < n && Character.isLetter(low.charAt(i))
                        || s > 1 && low.charAt(s - 1) == '-' && Character.isLetter(low.charAt(s - 2));
                double value = odd ? Double.NaN : parse(raw);
                boolean year = raw.length() == 4 && value >= 1000 && value <= 2100 && raw.chars().allMatch(AmountReader::isDigit);
                out.add(new Tok(Type.NUM, s, i, raw, value, false, year, glued));
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(low.charAt(i))) {
                    i++;
                }
                out.add(new Tok(Type.WORD, s, i, low.substring(s, i), Double.NaN, Character.isUpperCase(text.charAt(s)),
                        false, false));
            } else {
                out.add(new Tok(Type.MARK, i, i + 1, String.valueOf(c), Double.NaN, false, false, false));
                i++;
            }
        }
        return out;
    }

    /** A table phrase as the token texts it matches. */
    private static List<String> phrase(String words) {
        String low = lower(TextNormalizer.fold(words));
        return tokens(low, low, 0, low.length()).stream().map(Tok::low).toList();
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** "2.000" and "13 500" are thousands, "2,5" and "1.5" decimals; NaN for anything else ("1.2.3"). */
    private static double parse(String raw) {
        String s = raw.replace(" ", "");
        if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            s = s.replace(".", "");
        }
        s = s.replace(',', '.');
        if (s.indexOf('.') != s.lastIndexOf('.')) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** The value times its scale, rounded where the scale makes a whole number ("66,1 milliards": 66100000000). */
    private static double scaled(double value, double factor) {
        if (factor == 1) {
            return value;
        }
        return new java.math.BigDecimal(Double.toString(value)).multiply(new java.math.BigDecimal(Double.toString(factor)))
                .doubleValue();
    }

    // ---- token helpers ----

    private static boolean isWord(Tok t) {
        return t.type() == Type.WORD;
    }

    private static boolean isSentenceEnd(Tok t) {
        return t.type() == Type.MARK && ".!?\n".contains(t.low());
    }

    private boolean isConnector(Tok t) {
        return isWord(t) && connectors.contains(t.low()) || t.low().equals("-");
    }

    /** A plural or capitalised word that can be the counted noun ("accords", "Airbus"), not a function word. */
    private boolean isNoun(List<Tok> t, int k) {
        if (k >= t.size() || !isWord(t.get(k))) {
            return false;
        }
        Tok w = t.get(k);
        int end = nounEnd(t, k);
        if (end == k + 1 && (w.low().length() < 2 || notNouns.contains(w.low())) || numbers.containsKey(w.low())) {
            return false;
        }
        String lastPart = t.get(end - 1).low();
        char last = lastPart.charAt(lastPart.length() - 1);
        return w.upper() || last == 's' || last == 'x';
    }

    /** One past the last token of the noun at {@code k}, a compound included ("sous-marins", "porte-avions"). */
    private static int nounEnd(List<Tok> t, int k) {
        int end = k + 1;
        while (end + 1 < t.size() && t.get(end).low().equals("-") && t.get(end).start() == t.get(end - 1).end()
                && isWord(t.get(end + 1)) && t.get(end + 1).start() == t.get(end).end()) {
            end += 2;
        }
        return end;
    }

    /** "de " or "d'" before a currency or a noun: the tokens it takes, or 0. */
    private static int deAt(List<Tok> t, int k) {
        if (k < t.size() && isWord(t.get(k)) && t.get(k).low().equals("de")) {
            return 1;
        }
        if (k + 1 < t.size() && t.get(k).low().equals("d") && t.get(k + 1).low().equals("'")) {
            return 2;
        }
        return 0;
    }

    private int currencyAt(List<Tok> t, int k) {
        int best = 0;
        for (List<String> c : currencies.keySet()) {
            if (c.size() > best && matches(t, k, c)) {
                best = c.size();
            }
        }
        return best;
    }

    private static List<String> words(List<Tok> t, int k, int n) {
        return t.subList(k, k + n).stream().map(Tok::low).toList();
    }

    /** The number of tokens of the longest phrase matched at {@code k}, or 0 ({@code phrases} longest first). */
    private static int phrase(List<Tok> t, int k, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (matches(t, k, p)) {
                return p.size();
            }
        }
        return 0;
    }

    private static boolean matches(List<Tok> t, int k, List<String> phrase) {
        if (k + phrase.size() > t.size() || phrase.isEmpty()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            Tok tok = t.get(k + i);
            if (!tok.low().equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }
}

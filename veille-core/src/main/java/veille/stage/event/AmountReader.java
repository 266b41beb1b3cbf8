package veille.stage.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veille.internal.Regexes;
import veille.doc.Amount;
import veille.doc.TextNormalizer;
import veille.kb.TsvFile;

/**
 * Finds amounts in French text: money ("près de 50 milliards de dollars", "200 mds $", "1,5 million d'euros"),
 * percentages ("25% environ", "16 %") and counts of listed nouns ("58 accords", "12 de ces accords",
 * "une dizaine de navires").
 *
 * <p>Offsets are UTF-16 code units into the text given, half-open. A scaled number with no currency of its own
 * ("environ 12 milliards") takes the currency of the amount before it in the same text, and is not reported when
 * there is none. Words live in {@code /veille/kb/amount-words.tsv}. Thread-safe.
 */
public final class AmountReader {
    private static final String RESOURCE = "/veille/kb/amount-words.tsv";
    private static volatile AmountReader builtIn;
    private static final String NUM = "(\\d{1,3}(?:[.\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)";

    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, Double> scales = new HashMap<>();
    private final Map<String, Double> rounds = new HashMap<>();
    private final Set<String> counts = new HashSet<>();
    private final Pattern pattern;

    private AmountReader(TsvFile table) {
        Set<String> approx = new HashSet<>();
        Set<String> after = new HashSet<>();
        Set<String> percent = new HashSet<>();
        for (Map<String, String> row : table.rows()) {
            String w = row.get("word");
            String v = row.getOrDefault("value", "");
            switch (row.get("kind")) {
                case "currency" -> currencies.put(w, v);
                case "scale" -> scales.put(w, Double.parseDouble(v));
                case "approx" -> approx.add(w);
                case "approxafter" -> after.add(w);
                case "percent" -> percent.add(w);
                case "round" -> rounds.put(w, Double.parseDouble(v));
                case "count" -> counts.add(w);
                default -> throw new IllegalArgumentException(table.name() + ": unknown kind '" + row.get("kind")
                        + "'. Known: currency, scale, approx, approxafter, percent, round, count");
            }
        }
        String cur = Regexes.alternation(currencies.keySet());
        pattern = Pattern.compile("(?<![\\p{L}\\d.,])(?:(" + Regexes.alternation(approx) + ")\\s+)?"
                + "(?:" + NUM + "|(" + Regexes.alternation(rounds.keySet()) + "))"
                + "(?:\\s*(" + Regexes.alternation(scales.keySet()) + ")(?![\\p{L}]))?"
                + "(?:\\s*(?:de |d')?(" + cur + ")(?![\\p{L}])"
                + "|\\s*(" + Regexes.alternation(percent) + ")"
                + "|\\s+(?:de ces |de |d')?(" + Regexes.alternation(counts) + ")(?![\\p{L}]))?"
                + "(\\s+(?:" + Regexes.alternation(after) + ")(?![\\p{L}]))?");
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
        String low = lower(TextNormalizer.fold(text));
        List<Amount> out = new ArrayList<>();
        String lastCurrency = null;
        for (Matcher m : candidates(low)) {
            String approx = m.group(1);
            String num = m.group(2);
            String round = m.group(3);
            String scale = m.group(4);
            String currency = m.group(5);
            String percent = m.group(6);
            String noun = m.group(7);
            boolean after = m.group(8) != null;
            double value = num != null ? parse(num) : rounds.get(round);
            if (scale != null) {
                value *= scales.get(scale);
            }
            String unit;
            String of = null;
            if (currency != null) {
                unit = currencies.get(currency);
                lastCurrency = unit;
            } else if (percent != null) {
                unit = "percent";
            } else if (noun != null) {
                unit = "count";
                of = text.substring(m.start(7), m.end(7));
            } else if (scale != null && scales.get(scale) >= 1e6 && lastCurrency != null) {
                unit = lastCurrency;
            } else {
                continue;
            }
            int end = m.end();
            out.add(new Amount(m.start(), end, text.substring(m.start(), end), value, unit,
                    approx != null || round != null || after, of));
        }
        return List.copyOf(out);
    }

    /**
     * The matches of the pattern in windows around digits and round-number words, in text order: every amount
     * has one, and running the pattern at every position of the text cost a tenth of the pipeline.
     */
    private List<Matcher> candidates(String low) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < low.length(); i++) {
            if (Character.isDigit(low.charAt(i)) && (i == 0 || !Character.isDigit(low.charAt(i - 1)))) {
                windows.add(new int[] {Math.max(0, i - 16), Math.min(low.length(), i + 60)});
            }
        }
        for (String r : rounds.keySet()) {
            for (int i = low.indexOf(r); i >= 0; i = low.indexOf(r, i + 1)) {
                windows.add(new int[] {i, Math.min(low.length(), i + r.length() + 40)});
            }
        }
        windows.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Matcher> out = new ArrayList<>();
        int lastEnd = -1;
        int i = 0;
        while (i < windows.size()) {
            int ws = windows.get(i)[0];
            int we = windows.get(i)[1];
            while (i + 1 < windows.size() && windows.get(i + 1)[0] <= we) {
                we = Math.max(we, windows.get(++i)[1]);
            }
            i++;
            Matcher m = pattern.matcher(low);
            m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(ws, lastEnd), we);
            while (m.find()) {
                Matcher snap = pattern.matcher(low);
                snap.useTransparentBounds(true).useAnchoringBounds(false).region(m.start(), low.length());
                if (snap.lookingAt() && snap.start() >= lastEnd) {
                    out.add(snap);
                    lastEnd = snap.end();
                    if (lastEnd >= we) {
                        break;
                    }
                    m.region(lastEnd, we);
                }
            }
        }
        return out;
    }

    private static double parse(String num) {
        String s = num.replaceAll("[\\u00a0\\u202f ]", "");
        if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            s = s.replace(".", ""); // "2.000": thousands
        }
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }
}

package veille.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * trafilatura's snippet method for main-text extraction, as {@code ../shared/tools/score_snippets.py} applies it (and
 * trafilatura's {@code tests/eval_common.py}): a {@code with} passage found in the extracted text is a true positive,
 * missing a false negative; a {@code without} passage found is a false positive, missing a true negative. White space
 * is normalised on both sides; the counts are summed over the pages (micro-average). The French subset is the pages
 * whose passages are French by a stop-word count. Figures equal the Python tool's on the same texts.
 *
 * <p>Not thread-safe: one instance collects one run.
 */
public final class SnippetScore {
    private static final Set<String> FR = Set.of(("le la les des du de un une et est que qui dans pour pas sur au aux "
            + "avec il elle ce cette ont été sont plus").split(" "));
    private static final Set<String> EN = Set.of("the and of to in is that for it with as was on are be by this"
            .split(" "));
    private static final Set<String> DE = Set.of("der die das und ist nicht mit den von zu ein eine auf sich dem"
            .split(" "));
    private static final Pattern WORD = Pattern.compile("[a-zàâçéèêëîïôûùüÿœ]+");

    /** Counts of one subset. */
    public record Tally(int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Tally plus(Tally o) {
            return new Tally(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }
    }

    private Tally all = new Tally(0, 0, 0, 0);
    private Tally french = new Tally(0, 0, 0, 0);

    /** Scores one page's extracted text (null or empty for a page the tool failed on). */
    public void add(SnippetSet.Page page, String text) {
        Tally t = page(page, text);
        all = all.plus(t);
        if (page.french()) {
            french = french.plus(t);
        }
    }

    /** One page's counts. */
    public static Tally page(SnippetSet.Page page, String text) {
        String normalised = whiteSpace(text == null ? "" : text);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String s : page.with()) {
            if (normalised.contains(whiteSpace(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : page.without()) {
            if (normalised.contains(whiteSpace(s))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Tally(tp, fp, fn, tn);
    }

    public Tally all() {
        return all;
    }

    public Tally french() {
        return french;
    }

    /** Python's {@code " ".join(s.split())}: runs of white space (Python's {@code str.isspace}) to one space, trimmed. */
    static String whiteSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPythonSpace(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.isspace} for one character: the Unicode white space and the separators 0x1C–0x1F. */
    static boolean isPythonSpace(char c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /**
     * Whether passages are French: at least three French stop words, and more than 1.5 times the English or German
     * ones, whichever count is higher.
     */
    public static boolean isFrench(List<String> passages) {
        Matcher m = WORD.matcher(String.join(" ", passages).toLowerCase(Locale.ROOT));
        int fr = 0;
        int en = 0;
        int de = 0;
        while (m.find()) {
            String w = m.group();
            fr += FR.contains(w) ? 1 : 0;
            en += EN.contains(w) ? 1 : 0;
            de += DE.contains(w) ? 1 : 0;
        }
        return fr >= 3 && fr > 1.5 * Math.max(en, de);
    }
}

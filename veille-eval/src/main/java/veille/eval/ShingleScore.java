package veille.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own metric (ScrapingHub {@code evaluate.py}), ported: {@code \w+} tokens,
 * 4-token shingles counted with multiplicity, each page's TP/FP/FN normalised to sum 1, then precision and recall
 * averaged over pages and F1 taken of the averages.
 *
 * <p>Not thread-safe: one instance collects one run.
 */
public final class ShingleScore {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private final List<double[]> pages = new ArrayList<>();

    /** Adds one page: the true article body and the extracted one. */
    public void add(String truth, String predicted) {
        pages.add(page(truth, predicted));
    }

    /** TP, FP, FN of one page, normalised to sum 1 (all zero when both sides are empty). */
    public static double[] page(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    /** F1 of one page alone. */
    public static double pageF1(String truth, String predicted) {
        ShingleScore one = new ShingleScore();
        one.add(truth, predicted);
        return one.f1();
    }

    public double precision() {
        double sum = 0;
        int n = 0;
        for (double[] x : pages) {
            if (x[0] + x[1] > 0) {
                sum += precision(x);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public double recall() {
        double sum = 0;
        int n = 0;
        for (double[] x : pages) {
            if (x[0] + x[2] > 0) {
                sum += recall(x);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int pages() {
        return pages.size();
    }

    private static double precision(double[] x) {
        if (x[1] == 0 && x[2] == 0) {
            return 1;
        }
        return x[0] + x[1] == 0 ? 0 : x[0] / (x[0] + x[1]);
    }

    private static double recall(double[] x) {
        if (x[1] == 0 && x[2] == 0) {
            return 1;
        }
        return x[0] + x[2] == 0 ? 0 : x[0] / (x[0] + x[2]);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        // Like the Python original, a text shorter than N tokens is one short shingle.
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }
}

package veille.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.kb.MatchKey;

/**
 * Scores extraction against gold exactly as {@code ../shared/tools/score.py} does: body and caption lines as
 * F1 over line numbers, metadata fields as exact matches after folding case, accents and punctuation.
 *
 * <p>Not thread-safe: one instance collects one evaluation run.
 */
public final class ExtractionScore {
    private final Tally body = new Tally();
    private final Tally captions = new Tally();
    private final Map<String, int[]> exact = new LinkedHashMap<>();

    /** Adds one article's analysis and its gold. */
    public void add(Document doc, Gold gold) {
        Set<Integer> sysBody = new HashSet<>();
        Set<Integer> sysCaption = new HashSet<>();
        for (Block b : doc.find(Blocks.KEY).map(Blocks::all).orElse(List.of())) {
            if (b.kind().inText()) {
                sysBody.add(b.line());
            } else if (b.kind() == BlockKind.CAPTION) {
                sysCaption.add(b.line());
            }
        }
        body.add(intersection(sysBody, gold.bodyLines()), sysBody.size(), gold.bodyLines().size());
        captions.add(intersection(sysCaption, gold.captionLines()), sysCaption.size(), gold.captionLines().size());
        ArticleMeta m = doc.find(ArticleMeta.KEY).orElse(ArticleMeta.EMPTY);
        check("title", same(m.titleValue().orElse(null), gold.title()));
        check("published", java.util.Objects.equals(m.publishedValue().orElse(null), gold.published()));
        check("outlet", same(m.outletValue().orElse(null), gold.outlet()));
        check("dateline", same(m.datelineValue().orElse(null), gold.dateline()));
        check("credits", keys(m.creditValues()).equals(keys(gold.credits())));
        check("authors", keys(m.authorValues()).equals(keys(gold.authors())));
    }

    public Tally body() {
        return body;
    }

    public Tally captions() {
        return captions;
    }

    /** Correct count and total for a metadata field. */
    public int[] exact(String field) {
        return exact.getOrDefault(field, new int[2]);
    }

    /** A readable report, one metric a line. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-22s %s%n", "body_lines", body));
        sb.append(String.format("%-22s %s%n", "caption_lines", captions));
        exact.forEach((k, v) -> sb.append(String.format("%-22s accuracy %d/%d%n", k, v[0], v[1])));
        return sb.toString();
    }

    private void check(String field, boolean ok) {
        int[] e = exact.computeIfAbsent(field, k -> new int[2]);
        e[0] += ok ? 1 : 0;
        e[1]++;
    }

    private static boolean same(String a, String b) {
        return MatchKey.of(a == null ? "" : a).equals(MatchKey.of(b == null ? "" : b));
    }

    private static Set<String> keys(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            out.add(MatchKey.of(v));
        }
        return out;
    }

    private static int intersection(Set<Integer> a, Set<Integer> b) {
        int n = 0;
        for (Integer x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

}

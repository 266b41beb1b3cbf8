package veille.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import veille.doc.EntityType;

/**
 * A Java port of {@code ../shared/tools/score.py}: scores analyses (the JSON rows of {@code bin/veille analyze})
 * against gold files with the same matching rules, so the test suite can hold its figures as regression floors.
 *
 * <ul>
 *   <li>blocks: F1 over the line numbers of title+body and of captions;</li>
 *   <li>metadata: exact match after normalisation (title, published, outlet, dateline, credits as a set);</li>
 *   <li>entities (PER/ORG/LOC): same type and a shared name (name, aliases or mention texts), greedy pairing;</li>
 *   <li>quotes: word-overlap F1 ≥ 0.5; +speaker when a speaker name matches;</li>
 *   <li>events: same type and at least half the participants matching both ways; date and place of matched events;</li>
 *   <li>amounts: same value (relative 1e-6) and unit.</li>
 * </ul>
 * Not thread-safe: one instance collects one run.
 */
public final class GoldScore {
    /** The entity types scored, as score.py scores them; the JSON on both sides carries their labels. */
    private static final List<EntityType> SCORED_TYPES = List.of(EntityType.PER, EntityType.ORG, EntityType.LOC);
    private static final Set<String> SCORED_LABELS = SCORED_TYPES.stream().map(EntityType::label)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, int[]> exact = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    /** Scores one analysis against its gold; the key is the base name of the analysis's {@code source}. */
    public void add(JsonNode a, JsonNode g) {
        seen.add(Path.of(a.path("source").asText("")).getFileName().toString());
        Set<Integer> gb = ints(g.path("body_lines"));
        Set<Integer> sb = new HashSet<>();
        Set<Integer> sc = new HashSet<>();
        for (JsonNode b : a.path("blocks")) {
            if (b.hasNonNull("line")) {
                String kind = b.path("kind").asText();
                if (kind.equals("title") || kind.equals("body")) {
                    sb.add(b.get("line").asInt());
                } else if (kind.equals("caption")) {
                    sc.add(b.get("line").asInt());
                }
            }
        }
        tally("body_lines", intersection(gb, sb), sb.size(), gb.size());
        Set<Integer> gc = ints(g.path("caption_lines"));
        tally("caption_lines", intersection(gc, sc), sc.size(), gc.size());

        check("title", ScoreNorm.norm(text(a, "title")).equals(ScoreNorm.norm(text(g, "title"))));
        check("published", java.util.Objects.equals(nullIfEmpty(text(a, "published")), nullIfEmpty(text(g, "published"))));
        check("outlet", ScoreNorm.norm(text(a, "outlet")).equals(ScoreNorm.norm(text(g, "outlet"))));
        check("dateline", ScoreNorm.norm(text(a, "dateline")).equals(ScoreNorm.norm(text(g, "dateline"))));
        check("credits", normSet(a.path("credits")).equals(normSet(g.path("credits"))));

        List<JsonNode> ge = typed(g.path("entities"));
        List<JsonNode> se = typed(a.path("entities"));
        BiFunction<JsonNode, JsonNode, Double> ent = (x, y) -> x.path("type").asText().equals(y.path("type").asText())
                && intersects(goldNames(x.path("names")), systemNames(y)) ? 1.0 : 0.0;
        tally("entities", greedy(ge, se, ent).size(), se.size(), ge.size());
        for (EntityType type : SCORED_TYPES) {
            String t = type.label();
            List<JsonNode> gt = ge.stream().filter(e -> e.path("type").asText().equals(t)).toList();
            List<JsonNode> st = se.stream().filter(e -> e.path("type").asText().equals(t)).toList();
            tally("entities." + t, greedy(gt, st, ent).size(), st.size(), gt.size());
        }

        List<JsonNode> gq = list(g.path("quotes"));
        List<JsonNode> sq = list(a.path("quotes"));
        List<int[]> qp = greedy(gq, sq, (x, y) -> {
            double f = overlapF1(x.path("text").asText(""), y.path("text").asText(""));
            return f >= 0.5 ? f : 0.0;
        });
        tally("quotes.span", qp.size(), sq.size(), gq.size());
        long ok = qp.stream().filter(p -> intersects(goldNames(gq.get(p[0]).path("speaker")),
                systemNames(sq.get(p[1]).path("speaker")))).count();
        tally("quotes.span+speaker", ok, sq.size(), gq.size());

        List<JsonNode> gv = list(g.path("events"));
        List<JsonNode> sv = list(a.path("events"));
        List<int[]> vp = greedy(gv, sv, GoldScore::eventScore);
        tally("events", vp.size(), sv.size(), gv.size());
        List<int[]> dated = vp.stream().filter(p -> nullIfEmpty(text(gv.get(p[0]), "date")) != null).toList();
        long dOk = dated.stream().filter(p -> ScoreNorm.norm(text(sv.get(p[1]), "date"))
                .equals(ScoreNorm.norm(text(gv.get(p[0]), "date")))).count();
        tally("events.date", dOk, dated.size(), dated.size());
        List<int[]> placed = vp.stream().filter(p -> hasValue(gv.get(p[0]).path("place"))).toList();
        long pOk = placed.stream().filter(p -> intersects(goldNames(gv.get(p[0]).path("place")),
                systemNames(sv.get(p[1]).path("place")))).count();
        tally("events.place", pOk, placed.size(), placed.size());

        List<JsonNode> ga = list(g.path("amounts"));
        List<JsonNode> sa = list(a.path("amounts"));
        tally("amounts", greedy(ga, sa, GoldScore::amountScore).size(), sa.size(), ga.size());
    }

    /** Precision, recall and F1 of a metric ({@code entities}, {@code body_lines}, ...). */
    public double[] prf(String metric) {
        long[] c = counts.getOrDefault(metric, new long[3]);
        double p = c[1] == 0 ? (c[2] == 0 ? 1.0 : 0.0) : c[0] / (double) c[1];
        double r = c[2] == 0 ? 1.0 : c[0] / (double) c[2];
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    /** F1 of a metric. */
    public double f1(String metric) {
        return prf(metric)[2];
    }

    /** Correct and total of an exact-match field ({@code title}, {@code published}, ...). */
    public int[] accuracy(String field) {
        return exact.getOrDefault(field, new int[2]).clone();
    }

    /** Base names of the analyses scored. */
    public Set<String> seen() {
        return Set.copyOf(seen);
    }

    /** The report in score.py's layout, one metric a line. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, c) -> {
            double[] x = prf(k);
            sb.append(String.format(java.util.Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f   (tp %d, system %d, gold %d)%n",
                    k, x[0], x[1], x[2], c[0], c[1], c[2]));
        });
        exact.forEach((k, v) -> sb.append(String.format("%-22s accuracy %d/%d%n", k, v[0], v[1])));
        return sb.toString();
    }

    private static double eventScore(JsonNode x, JsonNode y) {
        if (!x.path("type").asText().equals(y.path("type").asText())) {
            return 0;
        }
        List<Set<String>> gp = new ArrayList<>();
        x.path("participants").forEach(p -> gp.add(goldNames(p)));
        List<Set<String>> sp = new ArrayList<>();
        y.path("participants").forEach(p -> sp.add(systemNames(p)));
        if (gp.isEmpty() || sp.isEmpty()) {
            return 0;
        }
        double hitG = gp.stream().filter(n -> sp.stream().anyMatch(m -> intersects(n, m))).count() / (double) gp.size();
        double hitS = sp.stream().filter(m -> gp.stream().anyMatch(n -> intersects(n, m))).count() / (double) sp.size();
        double s = Math.min(hitG, hitS);
        return s >= 0.5 ? s : 0;
    }

    private static double amountScore(JsonNode x, JsonNode y) {
        if (!x.path("value").isNumber() || !(y.path("value").isNumber() || y.path("value").isTextual())) {
            return 0;
        }
        double v1 = x.path("value").asDouble();
        double v2;
        try {
            v2 = y.path("value").isNumber() ? y.path("value").asDouble() : Double.parseDouble(y.path("value").asText());
        } catch (NumberFormatException e) {
            return 0;
        }
        boolean same = Math.abs(v1 - v2) <= 1e-6 * Math.max(Math.abs(v1), 1);
        return same && ScoreNorm.norm(text(x, "unit")).equals(ScoreNorm.norm(text(y, "unit"))) ? 1 : 0;
    }

    /** Word-overlap F1 (bag of words) between two texts, as score.py's overlap_f1. */
    public static double overlapF1(String a, String b) {
        List<String> wa = ScoreNorm.words(a);
        List<String> wb = ScoreNorm.words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> ca = new HashMap<>();
        wa.forEach(w -> ca.merge(w, 1, Integer::sum));
        Map<String, Integer> cb = new HashMap<>();
        wb.forEach(w -> cb.merge(w, 1, Integer::sum));
        int common = 0;
        for (var e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double p = common / (double) wa.size();
        double r = common / (double) wb.size();
        return 2 * p * r / (p + r);
    }

    /** Pairs gold and system items greedily by descending score (> 0), as score.py's greedy_match. */
    static List<int[]> greedy(List<JsonNode> gold, List<JsonNode> system, BiFunction<JsonNode, JsonNode, Double> score) {
        List<double[]> cands = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < system.size(); j++) {
                double s = score.apply(gold.get(i), system.get(j));
                if (s > 0) {
                    cands.add(new double[] {s, i, j});
                }
            }
        }
        // Python sorts the (score, i, j) tuples in reverse: by score, then i, then j, all descending.
        cands.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1])
                .thenComparingDouble(c -> c[2]).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : cands) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (!usedG.contains(i) && !usedS.contains(j)) {
                usedG.add(i);
                usedS.add(j);
                pairs.add(new int[] {i, j});
            }
        }
        return pairs;
    }

    /** Names a system object answers to: name, canonical, label, aliases, mention texts; or the string itself. */
    static Set<String> systemNames(JsonNode o) {
        Set<String> out = new HashSet<>();
        if (o == null || o.isNull() || o.isMissingNode()) {
            return out;
        }
        if (o.isTextual()) {
            out.add(ScoreNorm.norm(o.asText()));
        } else {
            for (String k : List.of("name", "canonical", "label")) {
                if (o.hasNonNull(k) && !o.get(k).asText().isEmpty()) {
                    out.add(ScoreNorm.norm(o.get(k).asText()));
                }
            }
            o.path("aliases").forEach(x -> out.add(ScoreNorm.norm(x.asText())));
            o.path("mentions").forEach(m -> out.add(ScoreNorm.norm(m.isObject() ? m.path("text").asText() : m.asText())));
        }
        out.remove("");
        return out;
    }

    static Set<String> goldNames(JsonNode names) {
        Set<String> out = new HashSet<>();
        if (names != null && names.isArray()) {
            names.forEach(n -> out.add(ScoreNorm.norm(n.asText())));
        } else if (names != null && names.isTextual()) {
            out.add(ScoreNorm.norm(names.asText()));
        }
        out.remove("");
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasValue(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode() && !(n.isArray() && n.isEmpty())
                && !(n.isTextual() && n.asText().isEmpty());
    }

    private void tally(String key, long tp, long system, long gold) {
        long[] c = counts.computeIfAbsent(key, k -> new long[3]);
        c[0] += tp;
        c[1] += system;
        c[2] += gold;
    }

    private void check(String key, boolean ok) {
        int[] e = exact.computeIfAbsent(key, k -> new int[2]);
        e[0] += ok ? 1 : 0;
        e[1]++;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static List<JsonNode> typed(JsonNode n) {
        return list(n).stream().filter(e -> SCORED_LABELS.contains(e.path("type").asText())).toList();
    }

    private static Set<Integer> ints(JsonNode n) {
        Set<Integer> out = new HashSet<>();
        n.forEach(x -> out.add(x.asInt()));
        return out;
    }

    private static Set<String> normSet(JsonNode n) {
        Set<String> out = new HashSet<>();
        n.forEach(x -> out.add(ScoreNorm.norm(x.asText())));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
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

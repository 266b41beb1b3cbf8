package veille.eval.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import veille.doc.Document;
import veille.doc.EntityMention;
import veille.doc.EntityType;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.pipeline.Stage;
import veille.stage.tokenize.TokenizeStage;
import veille.stage.ner.NerStage;

/**
 * Scores NER output against WiNER-fr gold exactly as {@code ../shared/tools/score_ner.py} does: mention level,
 * PER/ORG/LOC, a system mention counts when its span and type equal a gold one, gold spans outermost only
 * ({@link WinerCorpus#gold}), duplicates counted once; per-type and micro precision, recall and F1.
 *
 * <p>Each document is analysed as plain text (the document text is the {@code .txt} unchanged), through the
 * tokenize stage and the given NER stage. Thread-safe: holds nothing.
 *
 * <pre>{@code
 * NerEvaluation.Report r = NerEvaluation.run(new NerStage(), WinerCorpus.read(root, Split.DEV).docs());
 * }</pre>
 */
public final class NerEvaluation {
    /** The scored types, in report order. */
    public static final List<EntityType> TYPES = List.of(EntityType.PER, EntityType.ORG, EntityType.LOC);

    private NerEvaluation() {
    }

    /**
     * Counts of one type (or all).
     *
     * @param tp system mentions equal to a gold mention
     * @param system system mentions
     * @param gold gold mentions
     */
    public record Counts(int tp, int system, int gold) {
        /** Precision, 0 when there is no system mention. */
        public double precision() {
            return system == 0 ? 0 : (double) tp / system;
        }

        /** Recall, 0 when there is no gold mention. */
        public double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        /** F1, 0 when precision and recall are both 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, system + o.system, gold + o.gold);
        }
    }

    /**
     * A score report.
     *
     * @param perType counts by type, PER, ORG, LOC
     * @param micro the sums over types
     * @param mentions the system mentions of each document, by file name, for writing JSONL
     */
    public record Report(Map<String, Counts> perType, Counts micro, Map<String, List<EntityMention>> mentions) {
        /** The table score_ner.py prints. */
        public String table() {
            StringBuilder b = new StringBuilder();
            Map<String, Counts> all = new LinkedHashMap<>(perType);
            all.put("micro", micro);
            all.forEach((t, c) -> b.append(String.format(Locale.ROOT,
                    "%-6s P %.3f  R %.3f  F1 %.3f   (tp %d, system %d, gold %d)%n",
                    t, c.precision(), c.recall(), c.f1(), c.tp(), c.system(), c.gold())));
            return b.toString();
        }
    }

    /** Runs tokenize + {@code ner} over the documents and scores the result. */
    public static Report run(Stage ner, List<WinerCorpus.Doc> docs) {
        TokenizeStage tokenize = new TokenizeStage();
        Map<String, List<EntityMention>> out = new LinkedHashMap<>();
        for (WinerCorpus.Doc d : docs) {
            Document doc = Document.of(Input.ofText(d.name(), d.text(), InputFormat.PLAIN), d.text());
            out.put(d.name(), ner.apply(tokenize.apply(doc)).layer(EntityMention.LAYER));
        }
        return score(docs, out);
    }

    /** Scores given mentions (by file name; a document without an entry counts as all missed). */
    public static Report score(List<WinerCorpus.Doc> docs, Map<String, List<EntityMention>> mentions) {
        Map<String, Counts> per = new LinkedHashMap<>();
        for (EntityType t : TYPES) {
            per.put(t.label(), new Counts(0, 0, 0));
        }
        for (WinerCorpus.Doc d : docs) {
            Set<WinerCorpus.Gold> gold = new HashSet<>(d.gold());
            Set<WinerCorpus.Gold> sys = new HashSet<>();
            for (EntityMention m : mentions.getOrDefault(d.name(), List.of())) {
                if (TYPES.contains(m.type())) {
                    sys.add(new WinerCorpus.Gold(m.start(), m.end(), m.type()));
                }
            }
            for (EntityType t : TYPES) {
                int tp = 0;
                int ns = 0;
                int ng = 0;
                for (WinerCorpus.Gold s : sys) {
                    if (s.type() == t) {
                        ns++;
                        tp += gold.contains(s) ? 1 : 0;
                    }
                }
                for (WinerCorpus.Gold g : gold) {
                    ng += g.type() == t ? 1 : 0;
                }
                per.merge(t.label(), new Counts(tp, ns, ng), Counts::plus);
            }
        }
        Counts micro = new Counts(0, 0, 0);
        for (Counts c : per.values()) {
            micro = micro.plus(c);
        }
        return new Report(java.util.Collections.unmodifiableMap(per), micro, mentions);
    }

    /**
     * Writes one JSON object per document in the shape score_ner.py reads:
     * {@code {"source": NAME, "entities": [{"type": T, "mentions": [{"start": s, "end": e}]}]}}, one entity per
     * mention.
     */
    public static void writeJsonl(Map<String, List<EntityMention>> mentions, Path file) throws IOException {
        ObjectMapper om = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (var e : mentions.entrySet()) {
                ObjectNode row = om.createObjectNode();
                row.put("source", e.getKey());
                ArrayNode ents = row.putArray("entities");
                for (EntityMention m : e.getValue()) {
                    ObjectNode ent = ents.addObject();
                    ent.put("type", m.type().label());
                    ObjectNode mn = ent.putArray("mentions").addObject();
                    mn.put("start", m.start());
                    mn.put("end", m.end());
                }
                w.write(om.writeValueAsString(row));
                w.write('\n');
            }
        }
    }

    /**
     * Scores the shipped model on WiNER-fr dev. Arguments: {@code [WINER_DIR [OUT.jsonl]]}, the corpus folder
     * defaulting to {@code ../shared/data/winer-fr}.
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/winer-fr");
        List<WinerCorpus.Doc> dev = WinerCorpus.read(root, WinerCorpus.Split.DEV).docs();
        Report r = run(new NerStage(), dev);
        System.out.print(r.table());
        if (args.length > 1) {
            writeJsonl(r.mentions(), Path.of(args[1]));
            System.err.println("wrote " + args[1]);
        }
    }
}

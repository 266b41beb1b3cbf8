package veille.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.Analyzer;
import veille.corpus.InputFiles;
import veille.doc.InputFormat;
import veille.eval.GoldScore;
import veille.io.InputException;
import veille.io.InputReader;
import veille.output.AnalysisJson;

/**
 * {@code veille eval}: analyses articles and scores them against gold files with the rules of
 * {@code ../shared/tools/score.py} (ported in {@link GoldScore}); or scores entity mentions on WiNER-fr dev
 * ({@code --winer}); or scores the syntax model, the tokenizer and the sentence splitter on the UD French test files
 * ({@code --ud}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Analyse articles and score them against gold analyses (../shared/gold/SCHEMA.md).",
                "Example: bin/veille eval --gold ../shared/gold/seeds ../shared/seeds",
                "Or: --winer DIR (NER on WiNER-fr dev), --ud [DIR] (syntax, tokens and sentences on UD French test)."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files (NAME.json).")
    Path gold;

    @Option(names = "--winer", paramLabel = "DIR",
            description = "Score entity mentions against WiNER-fr dev (2017-09..12) with score_ner.py's rules instead.")
    Path winer;

    @Option(names = "--ud", arity = "0..1", fallbackValue = "", paramLabel = "DIR",
            description = {"Score the shipped syntax model (UPOS, FEATS, lemma, UAS, LAS) and the tokenizer and "
                    + "sentence splitter on the UD French test files (Sequoia, ParisStories, GSD) instead.",
                    "DIR default: ../shared/data/ud"})
    String ud;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles or folders; each is matched to NAME.json.")
    List<String> files = new java.util.ArrayList<>();

    @Option(names = "--input", defaultValue = "text", paramLabel = "KIND",
            description = "How to read the articles: text, html, plain. Default: ${DEFAULT-VALUE}.")
    String input;

    @Option(names = "--kb", paramLabel = "DIR", description = "Extra knowledge-base tables.")
    Path kb;

    @Option(names = "--metric", paramLabel = "NAME",
            description = "Print only this metric's value (body_lines.f1, entities.f1, title.acc, ...).")
    String metric;

    @Override
    public Integer call() throws Exception {
        if (winer != null) {
            return winer();
        }
        if (ud != null) {
            return ud();
        }
        if (gold == null || files.isEmpty()) {
            System.err.println("veille: eval needs --gold DIR and articles, or --winer DIR, or --ud [DIR]");
            return Main.USAGE;
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> golds = new HashMap<>();
        try (Stream<Path> s = Files.list(gold)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = p.getFileName().toString();
                golds.put(name.substring(0, name.length() - 5), json.readTree(p.toFile()));
            }
        }
        Analyzer analyzer = Analyzer.standard(Home.knowledgeBase(kb));
        AnalysisJson writer = AnalysisJson.of(analyzer, false, false);
        InputReader reader = InputReader.withDefaults();
        InputFormat format = InputFormat.valueOf(input.toUpperCase(java.util.Locale.ROOT));
        GoldScore score = new GoldScore();
        int failed = 0;
        for (InputFiles.Item item : InputFiles.expand(files)) {
            JsonNode g = golds.get(item.path().getFileName().toString());
            if (g == null) {
                continue;
            }
            try {
                score.add(json.readTree(writer.write(analyzer.analyze(reader.read(item.path(), item.source(), format)))), g);
            } catch (InputException e) {
                failed++;
                System.err.println("veille: " + item.source() + ": " + e.getMessage());
            }
        }
        int missing = golds.size() - score.seen().size();
        if (metric != null) {
            System.out.printf(java.util.Locale.ROOT, "%.4f%n", value(score, metric));
        } else {
            System.out.print(score.report());
        }
        if (missing > 0) {
            System.err.println("veille: no analysis for " + missing + " gold file(s)");
        }
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * The UD French test files: the shipped syntax model on gold tokens and sentences (and LAS on Veille's tokens),
     * then the tokenizer and the sentence splitters.
     */
    private int ud() throws java.io.IOException {
        Path dir = ud.isEmpty() ? Home.dir().resolve("../shared/data/ud").normalize() : Path.of(ud);
        if (!Files.isDirectory(dir)) {
            System.err.println("veille: no UD folder " + dir + " (eval --ud DIR)");
            return Main.USAGE;
        }
        veille.stage.syntax.SyntaxModel model = veille.stage.syntax.SyntaxModel.standard();
        System.out.println("Syntax (shipped model: " + model.describe() + "), gold tokens and sentences:");
        veille.eval.syntax.UdParseEvaluation.report(model, dir, veille.eval.syntax.UdParseEvaluation.TEST_FILES, false,
                System.out);
        System.out.println();
        System.out.println("Sentence boundaries (rules, OpenNLP) and tokens:");
        System.out.print(veille.eval.UdEvaluation.table(veille.eval.UdEvaluation.evaluate(dir, "test")));
        return Main.OK;
    }

    /** The whole pipeline on WiNER-fr dev as plain text; entity mentions scored as score_ner.py scores them. */
    private int winer() {
        var docs = veille.eval.ner.WinerCorpus.read(winer, veille.eval.ner.WinerCorpus.Split.DEV).docs();
        Analyzer analyzer = Analyzer.standard(Home.knowledgeBase(kb));
        Map<String, List<veille.doc.EntityMention>> mentions = new HashMap<>();
        for (var d : docs) {
            var doc = analyzer.analyze(veille.doc.Input.ofText(d.name(), d.text(), InputFormat.PLAIN));
            List<veille.doc.EntityMention> ms = new java.util.ArrayList<>();
            for (var e : doc.find(veille.doc.Entity.KEY).map(veille.doc.Entity.Entities::all).orElse(List.of())) {
                for (var m : e.mentions()) {
                    if (m.how() != veille.doc.MentionKind.ROLE) {
                        ms.add(new veille.doc.EntityMention(m.start(), m.end(), e.type(), e.confidence(), "pipeline"));
                    }
                }
            }
            mentions.put(d.name(), ms);
        }
        var report = veille.eval.ner.NerEvaluation.score(docs, mentions);
        if (metric != null) {
            System.out.printf(java.util.Locale.ROOT, "%.4f%n", report.micro().f1());
        } else {
            System.out.print(report.table());
        }
        return Main.OK;
    }

    private static double value(GoldScore s, String metric) {
        int dot = metric.lastIndexOf('.');
        String name = metric.substring(0, dot);
        return switch (metric.substring(dot + 1)) {
            case "p" -> s.prf(name)[0];
            case "r" -> s.prf(name)[1];
            case "f1" -> s.prf(name)[2];
            case "acc" -> {
                int[] a = s.accuracy(name);
                yield a[1] == 0 ? 0 : a[0] / (double) a[1];
            }
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new EvalCommand()),
                    "Unknown metric '" + metric + "'. Use NAME.p, NAME.r, NAME.f1 or NAME.acc");
        };
    }
}

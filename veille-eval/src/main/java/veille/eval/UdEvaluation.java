package veille.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import veille.doc.Sentence;
import veille.doc.TextNormalizer;
import veille.doc.Token;
import veille.eval.syntax.ConlluReader;
import veille.eval.syntax.UdSentence;
import veille.stage.tokenize.FrenchTokenizer;
import veille.stage.tokenize.SentenceSplitter;

/**
 * Scores Veille's tokenizer and sentence splitters against Universal Dependencies French treebanks.
 *
 * <p>Each {@code .conllu} file is read in place. Paragraphs are rebuilt from consecutive sentences: at
 * {@code # newpar} / {@code # newdoc} markers when the file has them, else in groups of
 * {@link #GROUP} sentences, joined by one space. Each paragraph is split on its own, so a splitter sees no
 * line break. Sentence scores count the boundaries inside paragraphs (a paragraph's end is given away);
 * a predicted boundary is right when it falls at the end of a gold sentence. Token scores compare character
 * spans with UD's surface tokens, a multiword token ("du" = "de" + "le") counting once. The files are read by
 * {@link ConlluReader}, the CoNLL-U reader of the syntax evaluation and trainer too; sentences without a
 * {@code # text} line are left out.
 *
 * <pre>{@code
 * java -cp veille-core.jar:... veille.eval.UdEvaluation ../shared/data/ud [dev|test|train|all]
 * }</pre>
 */
public final class UdEvaluation {
    /** Sentences a paragraph when the treebank has no paragraph markers. */
    public static final int GROUP = 5;
    /** The OpenNLP French sentence model inside {@code opennlp-models-sentdetect-fr}. */
    public static final String OPENNLP_MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

    private UdEvaluation() {
    }

    /** Precision, recall and F1 from counts. */
    public record Prf(long correct, long predicted, long gold) {
        /** Correct over predicted, 0 when nothing was predicted. */
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        /** Correct over gold, 0 when there is no gold. */
        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        /** Harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Prf plus(Prf o) {
            return new Prf(correct + o.correct, predicted + o.predicted, gold + o.gold);
        }
    }

    /**
     * The scores of one treebank file.
     *
     * @param file the file name
     * @param sentences gold sentences read
     * @param paragraphs paragraphs built
     * @param rules sentence boundaries found by {@link SentenceSplitter}
     * @param opennlp sentence boundaries found by OpenNLP's French model
     * @param tokens token spans found by {@link FrenchTokenizer}
     */
    public record Result(String file, int sentences, int paragraphs, Prf rules, Prf opennlp, Prf tokens) {
    }

    /** One paragraph: its text, the gold sentence ends inside it, the gold surface-token spans. */
    record Paragraph(String text, Set<Integer> boundaries, Set<Long> tokens, int goldTokens) {
    }

    /** Scores every {@code .conllu} file of a folder whose name contains {@code split} ("all": every file). */
    public static List<Result> evaluate(Path folder, String split) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".conllu"))
                    .filter(p -> split.equals("all") || p.getFileName().toString().contains("-" + split + "."))
                    .sorted().toList();
        }
        SentenceModel model = openNlpModel();
        List<Result> out = new ArrayList<>();
        for (Path f : files) {
            out.add(evaluate(f, model));
        }
        return out;
    }

    /** Scores one treebank file. */
    public static Result evaluate(Path conllu, SentenceModel model) throws IOException {
        List<UdSentence> sentences = ConlluReader.read(conllu).stream().filter(s -> !s.text().isEmpty()).toList();
        List<Paragraph> paragraphs = paragraphs(sentences);
        FrenchTokenizer tokenizer = FrenchTokenizer.standard();
        SentenceSplitter splitter = new SentenceSplitter(tokenizer);
        SentenceDetectorME detector = new SentenceDetectorME(model);
        Prf rules = new Prf(0, 0, 0);
        Prf nlp = new Prf(0, 0, 0);
        Prf tok = new Prf(0, 0, 0);
        for (Paragraph p : paragraphs) {
            List<Token> tokens = tokenizer.tokenize(p.text());
            List<Integer> ruleEnds = new ArrayList<>();
            for (Sentence s : splitter.split(p.text(), tokens)) {
                ruleEnds.add(s.end());
            }
            List<Integer> nlpEnds = new ArrayList<>();
            for (Span s : detector.sentPosDetect(p.text())) {
                nlpEnds.add(trimEnd(p.text(), s.getEnd()));
            }
            rules = rules.plus(score(ruleEnds, p));
            nlp = nlp.plus(score(nlpEnds, p));
            long ok = 0;
            for (Token t : tokens) {
                if (p.tokens().contains(key(t.start(), t.end()))) {
                    ok++;
                }
            }
            tok = tok.plus(new Prf(ok, tokens.size(), p.goldTokens()));
        }
        return new Result(conllu.getFileName().toString(), sentences.size(), paragraphs.size(), rules, nlp, tok);
    }

    /** Loads OpenNLP's French sentence model from the classpath. */
    public static SentenceModel openNlpModel() throws IOException {
        try (InputStream in = UdEvaluation.class.getResourceAsStream(OPENNLP_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + OPENNLP_MODEL
                        + " is not on the classpath; it comes with org.apache.opennlp:opennlp-models-sentdetect-fr");
            }
            return new SentenceModel(in);
        }
    }

    private static Prf score(List<Integer> ends, Paragraph p) {
        int len = p.text().length();
        long predicted = 0;
        long correct = 0;
        for (int e : ends) {
            if (e >= len) {
                continue; // the paragraph's end is not a decision
            }
            predicted++;
            if (p.boundaries().contains(e)) {
                correct++;
            }
        }
        return new Prf(correct, predicted, p.boundaries().size());
    }

    /** Builds paragraphs from sentences, with their gold boundaries and token spans. */
    static List<Paragraph> paragraphs(List<UdSentence> sentences) {
        boolean marked = sentences.stream().skip(1).anyMatch(UdSentence::startsParagraph);
        List<Paragraph> out = new ArrayList<>();
        List<UdSentence> current = new ArrayList<>();
        for (UdSentence s : sentences) {
            boolean start = marked ? s.startsParagraph() : current.size() == GROUP;
            if (start && !current.isEmpty()) {
                out.add(paragraph(current));
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            out.add(paragraph(current));
        }
        return out;
    }

    private static Paragraph paragraph(List<UdSentence> sentences) {
        StringBuilder text = new StringBuilder();
        Set<Integer> boundaries = new HashSet<>();
        Set<Long> tokens = new HashSet<>();
        int gold = 0;
        for (UdSentence s : sentences) {
            if (!text.isEmpty()) {
                boundaries.add(text.length());
                text.append(' ');
            }
            int base = text.length();
            text.append(s.text());
            // The reader folds the forms (one character for one), so they are looked for in the folded text.
            String folded = TextNormalizer.fold(s.text());
            int cursor = 0;
            for (String form : s.forms()) {
                gold++;
                int at = folded.indexOf(form, cursor);
                // A form the text does not show (rare treebank normalisations) can never be matched.
                if (at >= 0 && folded.substring(cursor, at).isBlank()) {
                    tokens.add(key(base + at, base + at + form.length()));
                    cursor = at + form.length();
                }
            }
        }
        return new Paragraph(text.toString(), boundaries, tokens, gold);
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    /** The results as a Markdown table, with a total row. */
    public static String table(List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append("| treebank | sentences | rules P | rules R | rules F1 | OpenNLP P | OpenNLP R | OpenNLP F1 "
                + "| tokens P | tokens R | tokens F1 |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Prf r = new Prf(0, 0, 0);
        Prf o = new Prf(0, 0, 0);
        Prf t = new Prf(0, 0, 0);
        int n = 0;
        for (Result x : results) {
            row(b, x.file().replace(".conllu", ""), x.sentences(), x.rules(), x.opennlp(), x.tokens());
            r = r.plus(x.rules());
            o = o.plus(x.opennlp());
            t = t.plus(x.tokens());
            n += x.sentences();
        }
        row(b, "**all (micro)**", n, r, o, t);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, int n, Prf r, Prf o, Prf t) {
        b.append("| ").append(name).append(" | ").append(n);
        for (Prf p : List.of(r, o, t)) {
            b.append(String.format(Locale.ROOT, " | %.3f | %.3f | %.3f", p.precision(), p.recall(), p.f1()));
        }
        b.append(" |\n");
    }

    /**
     * Prints the table for a UD folder.
     *
     * @param args the folder holding {@code fr_*.conllu}, then optionally which split to score
     *             ({@code dev}, {@code test}, {@code train} or {@code all}; default {@code all})
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: UdEvaluation <ud-folder> [dev|test|train|all]");
            System.exit(2);
        }
        try {
            System.out.print(table(evaluate(Path.of(args[0]), args.length > 1 ? args[1] : "all")));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package veille;

import java.util.List;
import java.util.Objects;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.extract.Extractor;
import veille.extract.PlainTextExtractor;
import veille.extract.html.HtmlExtractor;
import veille.extract.text.PageTextExtractor;
import veille.kb.KnowledgeBase;
import veille.pipeline.Pipeline;
import veille.pipeline.Stage;
import veille.pipeline.StageTimes;

/**
 * Veille's entry point: one input in, one analysed document out.
 *
 * <pre>{@code
 * Analyzer veille = Analyzer.standard();
 * Document doc = veille.analyze(Input.ofText("a.txt", pageText, InputFormat.TEXT));
 * }</pre>
 *
 * <p>Thread-safe: one instance serves every worker thread of the CLI, a server or a Spark partition.
 */
public final class Analyzer {
    private final Extractor pageText;
    private final Extractor plain;
    private final Extractor html;
    private final Pipeline pipeline;
    private final KnowledgeBase kb;

    private Analyzer(Extractor pageText, Extractor plain, Extractor html, Pipeline pipeline, KnowledgeBase kb) {
        this.pageText = pageText;
        this.plain = plain;
        this.html = html;
        this.pipeline = pipeline;
        this.kb = kb;
    }

    /** The standard pipeline (every registered stage, in order) with the built-in knowledge base. */
    public static Analyzer standard() {
        return standard(KnowledgeBase.builtIn());
    }

    /** The standard pipeline with a given knowledge base (the built-in one plus a user's folder, say). */
    public static Analyzer standard(KnowledgeBase kb) {
        return withStages(kb, Stages.standard(kb));
    }

    /** A pipeline of the given stages after extraction. */
    public static Analyzer withStages(KnowledgeBase kb, List<? extends Stage> stages) {
        return new Analyzer(new PageTextExtractor(kb), new PlainTextExtractor(), new HtmlExtractor(kb),
                Pipeline.of(Extractor.PRODUCES, stages), kb);
    }

    /** Extracts the article from the input and runs every stage on it. */
    public Document analyze(Input input) {
        Objects.requireNonNull(input, "input");
        return pipeline.apply(extract(input));
    }

    /** Like {@link #analyze(Input)}, adding the time of extraction and of each stage to {@code times}. */
    public Document analyze(Input input, StageTimes times) {
        long t0 = System.nanoTime();
        Document d = extract(input);
        times.add("extract", System.nanoTime() - t0);
        return pipeline.apply(d, times);
    }

    /** Extraction alone: text, blocks and metadata. */
    public Document extract(Input input) {
        return switch (input.format()) {
            case PLAIN -> plain.extract(input);
            case TEXT -> pageText.extract(input);
            case HTML -> html.extract(input);
        };
    }

    /** The knowledge base in use. */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /**
     * SHA-256 of every data table in use, by name: the knowledge base's ({@link KnowledgeBase#hashes()}) and the
     * extractors' cue tables ({@code page-cues}, {@code html-cues}, {@code html-meta-cues}), for provenance.
     */
    public java.util.Map<String, String> tableHashes() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>(kb.hashes());
        for (Extractor e : List.of(pageText, plain, html)) {
            out.putAll(e.tableHashes());
        }
        return out;
    }

    /** The stage names, in order, for provenance. */
    public List<String> stageNames() {
        return pipeline.names();
    }
}

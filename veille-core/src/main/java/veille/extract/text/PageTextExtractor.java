package veille.extract.text;

import java.util.ArrayList;
import java.util.List;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Input;
import veille.extract.Extractor;
import veille.extract.InputLines;
import veille.kb.KnowledgeBase;

/**
 * Extracts the article from copied page text: classifies every line, keeps title and body as the text
 * (paragraphs separated by a blank line) and reads the metadata off the other lines.
 *
 * <p>Each text block copies its input line's characters unchanged, so every text offset maps back to an input
 * offset and line through {@link Blocks}. Thread-safe.
 */
public final class PageTextExtractor implements Extractor {
    /** The separator between paragraphs in the text. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    private final PageTextClassifier classifier;
    private final MetadataReader metadata;

    /** An extractor with the built-in cue vocabulary and knowledge base. */
    public PageTextExtractor() {
        this(KnowledgeBase.builtIn());
    }

    /** An extractor with the built-in cues and the given knowledge base (outlets, places). */
    public PageTextExtractor(KnowledgeBase kb) {
        this.classifier = new PageTextClassifier(LineCues.builtIn(), line -> kb.outlets().find(line).isPresent());
        this.metadata = new MetadataReader(kb.outlets(), kb.places());
    }

    @Override
    public java.util.Map<String, String> tableHashes() {
        return java.util.Map.of("page-cues", LineCues.builtIn().sha256());
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Document extract(Input input) {
        List<PageLine> lines = splitLines(input.content());
        List<PageTextClassifier.Decision> decisions = classifier.classify(lines);
        StringBuilder text = new StringBuilder(input.content().length());
        List<Block> blocks = new ArrayList<>(decisions.size());
        for (PageTextClassifier.Decision d : decisions) {
            PageLine l = d.line();
            if (d.kind().inText()) {
                if (!text.isEmpty()) {
                    text.append(PARAGRAPH_BREAK);
                }
                int start = text.length();
                text.append(l.text());
                blocks.add(new Block(d.kind(), l.line(), l.inputStart(), l.inputEnd(), start, text.length(), d.reason()));
            } else {
                blocks.add(Block.outside(d.kind(), l.line(), l.inputStart(), l.inputEnd(), d.reason()));
            }
        }
        ArticleMeta meta = metadata.read(decisions);
        return Document.of(input, text.toString())
                .with(Blocks.KEY, new Blocks(blocks))
                .with(ArticleMeta.KEY, meta);
    }

    /** Non-blank lines with their trimmed input ranges. */
    static List<PageLine> splitLines(String s) {
        List<PageLine> out = new ArrayList<>();
        InputLines.forEach(s, (line, start, end) -> out.add(PageLine.of(line, start, end, s.substring(start, end))));
        return out;
    }
}

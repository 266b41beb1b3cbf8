package veille.extract.text;

import java.util.ArrayList;
import java.util.List;
import veille.doc.ArticleMeta;
import veille.doc.BlockKind;
import veille.kb.KnowledgeBase;

/**
 * Page-text metadata reading for other extractors: title, outlet, credits, authors, publication date and dateline
 * read off lines whose kinds are already decided, with the rules of {@link PageTextExtractor} (only lines outside
 * the body give outlet, credits, authors and date; the first body paragraph gives the dateline).
 *
 * <p>Evidence offsets are {@code inputStart} of the line plus the offset of the match within {@code text}, so a
 * caller whose lines do not copy the input one for one maps them back itself. Thread-safe.
 */
public final class PageTextMetadata {
    private final MetadataReader reader;

    /** A reader with the outlets and places of a knowledge base. */
    public PageTextMetadata(KnowledgeBase kb) {
        this.reader = new MetadataReader(kb.outlets(), kb.places());
    }

    /**
     * One classified line.
     *
     * @param line 1-based line of its evidence
     * @param inputStart the offset its evidence starts at
     * @param text the line's text
     * @param kind what it is
     */
    public record Line(int line, int inputStart, String text, BlockKind kind) {
    }

    /** The metadata the lines give; absent values stay null. */
    public ArticleMeta read(List<Line> lines) {
        List<PageTextClassifier.Decision> decisions = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String t = l.text();
            decisions.add(new PageTextClassifier.Decision(
                    PageLine.of(l.line(), l.inputStart(), l.inputStart() + t.length(), t), l.kind(), ""));
        }
        return reader.read(decisions);
    }
}

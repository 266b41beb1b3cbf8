package veille.extract.html;

import java.util.List;
import veille.doc.TextNormalizer;

/**
 * The folded text of each text block of one page ({@link TextNormalizer#fold}), made when first needed: stamps,
 * bylines and credits all read it, and most blocks are read by none.
 */
final class FoldedBlocks {
    private final List<PageScan.Block> blocks;
    private String[] folded;

    FoldedBlocks(List<PageScan.Block> blocks) {
        this.blocks = blocks;
    }

    /** The folded text of block {@code i}. */
    String get(int i) {
        if (folded == null) {
            folded = new String[blocks.size()];
        }
        String f = folded[i];
        if (f == null) {
            f = folded[i] = TextNormalizer.fold(blocks.get(i).text());
        }
        return f;
    }
}

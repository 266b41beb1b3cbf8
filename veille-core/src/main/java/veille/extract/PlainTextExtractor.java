package veille.extract;

import java.util.ArrayList;
import java.util.List;
import veille.doc.ArticleMeta;
import veille.doc.Block;
import veille.doc.BlockKind;
import veille.doc.Blocks;
import veille.doc.Document;
import veille.doc.Input;

/**
 * Takes the input as already-clean article text: the document text is the input unchanged, every non-blank
 * line is a body block, and no metadata is guessed. Thread-safe.
 */
public final class PlainTextExtractor implements Extractor {
    @Override
    public String name() {
        return "plain";
    }

    @Override
    public Document extract(Input input) {
        String s = input.content();
        List<Block> blocks = new ArrayList<>();
        InputLines.forEach(s, (line, start, end) -> blocks.add(new Block(BlockKind.BODY, line, start, end, start, end,
                "plain input")));
        return Document.of(input, s).with(Blocks.KEY, new Blocks(blocks)).with(ArticleMeta.KEY, ArticleMeta.EMPTY);
    }
}

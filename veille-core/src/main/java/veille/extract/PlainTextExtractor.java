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
        int lineNo = 1;
        int i = 0;
        int n = s.length();
        while (i <= n) {
            int end = i;
            while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                blocks.add(new Block(BlockKind.BODY, lineNo, a, b, a, b, "plain input"));
            }
            if (end >= n) {
                break;
            }
            i = end + (s.charAt(end) == '\r' && end + 1 < n && s.charAt(end + 1) == '\n' ? 2 : 1);
            lineNo++;
        }
        return Document.of(input, s).with(Blocks.KEY, new Blocks(blocks)).with(ArticleMeta.KEY, ArticleMeta.EMPTY);
    }
}

package veille.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All blocks of a document in input order, and the alignment they define between text and input.
 *
 * <p>This is how every span traces back to the input: {@link #toInput(int)} maps a text offset to its
 * input offset, {@link #lineOf(int)} to its input line.
 *
 * @param all every block, in input order
 */
public record Blocks(List<Block> all) {
    /** Document fact key. */
    public static final Key<Blocks> KEY = Key.of("blocks", Blocks.class);

    public Blocks {
        all = List.copyOf(all);
    }

    /** The blocks that are part of the text, in text order. */
    public List<Block> inText() {
        List<Block> out = new ArrayList<>();
        for (Block b : all) {
            if (b.kind().inText()) {
                out.add(b);
            }
        }
        return out;
    }

    /** The text block containing a text offset (an offset at a block's end belongs to it), if any. */
    public Optional<Block> atText(int offset) {
        Block best = null;
        for (Block b : all) {
            if (b.kind().inText() && b.start() <= offset && offset <= b.end()) {
                best = b;
                if (offset < b.end()) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The input offset of a text offset, or -1 when it falls between blocks (in a separator) or inside an HTML block,
     * whose text does not copy its source one for one (its source range is {@link #atText(int)}'s input range).
     */
    public int toInput(int textOffset) {
        return atText(textOffset).filter(Block::alignedWithInput)
                .map(b -> b.inputStart() + (textOffset - b.start())).orElse(-1);
    }

    /** The 1-based input line of a text offset, or 0 when it falls between blocks. */
    public int lineOf(int textOffset) {
        return atText(textOffset).map(Block::line).orElse(0);
    }
}

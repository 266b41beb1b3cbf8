package veille.doc;

import java.util.Objects;

/**
 * One input line (or HTML block) with what it is to the article.
 *
 * <p>Input offsets point into {@link Input#content()} and exclude the line's surrounding white space.
 * Text offsets point into {@link Document#text()} and are {@code -1} when the block is not part of the
 * text ({@link BlockKind#inText()} is false). Within a block, text offset {@code t} corresponds to input
 * offset {@code inputStart + (t - start)}: the text copies each block's characters unchanged.
 *
 * @param kind what the line is
 * @param line 1-based input line, or 0 when the input has no lines (HTML)
 * @param inputStart first character in the input
 * @param inputEnd one past the last character in the input
 * @param start first character in the text, or -1
 * @param end one past the last character in the text, or -1
 * @param reason a short, human-readable why ("caption cue ©AFP"), for audits and debugging
 */
public record Block(BlockKind kind, int line, int inputStart, int inputEnd, int start, int end, String reason) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Annotation.checkOffsets(inputStart, inputEnd);
        if (kind.inText()) {
            Annotation.checkOffsets(start, end);
            if (end - start != inputEnd - inputStart) {
                throw new IllegalArgumentException("Block on line " + line + " has text length " + (end - start)
                        + " but input length " + (inputEnd - inputStart));
            }
        } else if (start != -1 || end != -1) {
            throw new IllegalArgumentException("A " + kind.id() + " block is not in the text; its text offsets must be -1");
        }
    }

    /** A block that is not part of the text. */
    public static Block outside(BlockKind kind, int line, int inputStart, int inputEnd, String reason) {
        return new Block(kind, line, inputStart, inputEnd, -1, -1, reason);
    }

    /** The block's characters, read from the input. */
    public String textIn(Input input) {
        return input.content().substring(inputStart, inputEnd);
    }

    /** This block with another kind, moved out of the text. */
    public Block asOutside(BlockKind newKind, String newReason) {
        return outside(newKind, line, inputStart, inputEnd, newReason);
    }
}

package veille.doc;

import java.util.Objects;

/**
 * One input line (or HTML block) with what it is to the article.
 *
 * <p>Input offsets point into {@link Input#content()} and exclude the line's surrounding white space.
 * Text offsets point into {@link Document#text()} and are {@code -1} when the block is not part of the
 * text ({@link BlockKind#inText()} is false).
 *
 * <p>A line block ({@code path} null: page text, plain text) copies its input characters unchanged, so within it
 * text offset {@code t} corresponds to input offset {@code inputStart + (t - start)}. An HTML block ({@code path}
 * set) is the visible text of a run of markup: its input range is that run's source in the HTML, from the first
 * character of its first text to the last character of its last text, tags and entities included, and its text is
 * that run rendered (entities decoded, white space collapsed). Its text and input lengths may differ, and a text
 * offset inside it maps to the block's input range as a whole, not to one character.
 *
 * @param kind what the line is
 * @param line 1-based input line (for HTML, the source line the block starts on)
 * @param inputStart first character in the input
 * @param inputEnd one past the last character in the input
 * @param start first character in the text, or -1
 * @param end one past the last character in the text, or -1
 * @param reason a short, human-readable why ("caption cue ©AFP"), for audits and debugging
 * @param path for an HTML block, the DOM path of the element holding it ({@code body>div#main>article>p[3]});
 *             null for a line block
 */
public record Block(BlockKind kind, int line, int inputStart, int inputEnd, int start, int end, String reason,
                    String path) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Annotation.checkOffsets(inputStart, inputEnd);
        if (kind.inText()) {
            Annotation.checkOffsets(start, end);
            if (path == null && end - start != inputEnd - inputStart) {
                throw new IllegalArgumentException("Block on line " + line + " has text length " + (end - start)
                        + " but input length " + (inputEnd - inputStart));
            }
        } else if (start != -1 || end != -1) {
            throw new IllegalArgumentException("A " + kind.id() + " block is not in the text; its text offsets must be -1");
        }
    }

    /** A line block: its text copies its input characters one for one. */
    public Block(BlockKind kind, int line, int inputStart, int inputEnd, int start, int end, String reason) {
        this(kind, line, inputStart, inputEnd, start, end, reason, null);
    }

    /** A line block that is not part of the text. */
    public static Block outside(BlockKind kind, int line, int inputStart, int inputEnd, String reason) {
        return new Block(kind, line, inputStart, inputEnd, -1, -1, reason, null);
    }

    /** Whether the text copies the input one for one inside this block (a line block, not an HTML block). */
    public boolean alignedWithInput() {
        return path == null;
    }

    /** The block's characters, read from the input (for an HTML block, its source markup). */
    public String textIn(Input input) {
        return input.content().substring(inputStart, inputEnd);
    }

    /** This block with another kind, moved out of the text. */
    public Block asOutside(BlockKind newKind, String newReason) {
        return new Block(newKind, line, inputStart, inputEnd, -1, -1, newReason, path);
    }
}

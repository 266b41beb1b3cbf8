package veille.extract.text;

import java.util.Optional;
import veille.doc.BlockKind;

/**
 * The page-text cue vocabulary ({@code veille/kb/page-cues.tsv}) for other extractors: what a short piece of page
 * text is by its words and shape ("Partager", "Lire aussi", "Par Jean Dupont", "Publié le 3 mai 2024", "© AFP").
 *
 * <p>The HTML extractor asks it about each text block, so the knowledge page-text cleaning has of buttons, captions,
 * credits, bylines and stamps is the same for both inputs. Thread-safe.
 */
public final class TextCues {
    private final LineCues cues;

    private TextCues(LineCues cues) {
        this.cues = cues;
    }

    /** SHA-256 of the cue table ({@code page-cues.tsv}), for provenance. */
    public String sha256() {
        return cues.sha256();
    }

    /** The built-in cue vocabulary. */
    public static TextCues builtIn() {
        return new TextCues(LineCues.builtIn());
    }

    /**
     * What a cue says a piece of text is.
     *
     * @param kind the block kind the cue gives ({@code boilerplate} for buttons, "read also" and end markers)
     * @param ends whether the cue closes an article (recommendations, comments): what follows is other content
     * @param readAlso whether it is a "read also" line
     * @param why the cue's explanation, for a block's reason
     */
    public record Match(BlockKind kind, boolean ends, boolean readAlso, String why) {
    }

    /**
     * Longest text a cue is tried on. Cue lines are short; a longer text is prose, and some cue patterns (repeated
     * alternations) recurse once per character in {@code java.util.regex}, so a 100,000-letter "word" would overflow
     * the stack.
     */
    public static final int MAX_CHARS = 400;

    /**
     * The first cue the text matches, with the same guards page-text cleaning applies, or empty (always empty for a
     * text over {@value #MAX_CHARS} characters).
     */
    public Optional<Match> match(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS) {
            return Optional.empty();
        }
        // The cue table reads the folded text and its word count; the line's other features are built only for the
        // guards of a cue that matched (most texts match none).
        String folded = veille.doc.TextNormalizer.fold(t);
        LineCues.Cue c = cues.match(folded, wordCount(folded));
        if (c == null || !PageTextClassifier.cueHolds(c, PageLine.of(0, 0, t.length(), t))) {
            return Optional.empty();
        }
        return Optional.of(new Match(PageTextClassifier.kindOf(c.kind()), c.kind() == CueKind.END,
                c.kind() == CueKind.LINK, c.why()));
    }

    /** Runs of letters or digits: the words {@link PageLine} counts (its match key splits the same runs). */
    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /**
     * Whether a text reads as prose: long enough, with enough function words or sentence marks (jusText's
     * "good"), or a short sentence ("near-good").
     */
    public static boolean isProse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        PageLine l = PageLine.of(0, 0, t.length(), t);
        return l.isProse() || l.isShortProse();
    }
}

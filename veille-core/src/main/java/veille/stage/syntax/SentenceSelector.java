package veille.stage.syntax;

import java.util.List;

/**
 * Which sentences the {@code syntax} stage parses. Parsing costs more than the rest of the pipeline together, and
 * only sentences that may hold a quote or an event are read by structure, so the standard pipeline parses only
 * those ({@code veille.Stages} builds the selector from the quote cues and the event triggers).
 */
@FunctionalInterface
public interface SentenceSelector {
    /** Parses every sentence. */
    SentenceSelector ALL = (sentence, words) -> true;

    /**
     * Whether to parse a sentence.
     *
     * @param sentence the sentence's text, from its first token to its last
     * @param words its tokens as written (Veille's tokens: elisions split, "du" whole)
     */
    boolean parse(String sentence, List<String> words);
}

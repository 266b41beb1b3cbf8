/**
 * Quotes: direct, indirect and mixed reported speech, with the cue that announces it and the speaker resolved to
 * an entity of the {@code entities} stage; the cue lexicon is data ({@code veille/kb/quote-cues.tsv}).
 */
package veille.stage.quote;

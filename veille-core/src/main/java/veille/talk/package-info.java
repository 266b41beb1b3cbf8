/**
 * Talking points: passages and phrasings that travel across outlets (discovery over a stream of articles) and the
 * catalogue of known formulas matched in each article. Store-independent: the CLI, the store and a Spark job feed
 * {@link veille.talk.TalkingPointIndex} the same {@link veille.talk.Article} records.
 */
package veille.talk;

/**
 * Tokenization and sentence splitting of French text: {@link veille.stage.tokenize.FrenchTokenizer},
 * {@link veille.stage.tokenize.SentenceSplitter} and the {@code tokenize} stage that runs both.
 */
package veille.stage.tokenize;

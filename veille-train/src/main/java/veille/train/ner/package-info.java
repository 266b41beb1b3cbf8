/**
 * Training Veille's French name finder and building the files it reads: the model and its training names
 * ({@link veille.train.ner.NerTrainer}, behind {@code bin/veille train ner}), the gazetteer
 * ({@link veille.train.ner.NerGazetteerBuilder}), word clusters ({@link veille.train.ner.WordClustersBuilder}) and the
 * Europeana French NER reader used in experiments ({@link veille.train.ner.EuropeanaCorpus}). See {@code docs/ner.md}.
 */
package veille.train.ner;

/**
 * The corpus store: an embedded Lucene index of analysed articles ({@link veille.store.CorpusStore}), the queries over
 * it ({@link veille.store.StoreSearch}) and its REST API ({@link veille.store.StoreServer}). Depends on veille-core,
 * never the reverse. See docs/store.md.
 */
package veille.store;

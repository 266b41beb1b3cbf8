/** Builds the generated part of the knowledge base from the open data in {@code ../shared/data/kb}. */
package veille.train.kb;

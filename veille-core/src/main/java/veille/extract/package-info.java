/**
 * Extraction: from one decoded input to a {@link veille.doc.Document} with its clean text, its blocks and
 * its metadata. Page text ({@code text}), clean text ({@code plain}) and HTML ({@code html}) each have an extractor.
 */
package veille.extract;

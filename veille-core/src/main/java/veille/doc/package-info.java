/**
 * The document model: one immutable article, its text and stand-off annotation layers.
 *
 * <p>Offsets everywhere are UTF-16 code units into {@link veille.doc.Document#text()}, half-open
 * ({@code end} exclusive), unless a name says {@code input}: those point into the decoded input.
 */
package veille.doc;

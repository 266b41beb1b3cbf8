/**
 * Where articles come from besides single files: RSS and Atom feeds, WARC archives, and pages fetched from the web.
 *
 * <p>A container is read as a stream of {@link veille.source.SourceItem}s, one at a time, so a 10 GB archive never
 * sits in memory; each item carries its {@link veille.source.Origin} (feed entry metadata, HTTP capture), which the
 * JSON output reports next to the analysis. See {@code docs/sources.md}.
 */
package veille.source;

/**
 * Fetching pages politely over HTTP: timeouts, a size limit that also bounds decompression, redirects, robots.txt
 * and a per-host rate. {@link veille.fetch.Fetcher} is the entry point; see {@code docs/sources.md}.
 */
package veille.fetch;

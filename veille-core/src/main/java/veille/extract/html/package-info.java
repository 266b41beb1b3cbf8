/**
 * HTML pages: the article read from the DOM ({@link veille.extract.html.HtmlExtractor}), its metadata from the page's
 * markup ({@link veille.extract.html.HtmlMetadataReader}: JSON-LD, OpenGraph, {@code <meta>}, microdata,
 * {@code <time>}, bylines) merged with what the classified blocks say, every value's evidence located in the HTML
 * source without position tracking; {@code HtmlPageText} renders a page to the text a browser shows, for page-text
 * tools and tests.
 */
package veille.extract.html;

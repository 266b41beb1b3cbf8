/**
 * HTML pages: the article read from the DOM ({@link veille.extract.html.HtmlExtractor}); {@code HtmlPageText}
 * renders a page to the text a browser shows, for page-text tools and tests.
 */
package veille.extract.html;
